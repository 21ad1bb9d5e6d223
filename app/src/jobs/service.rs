//! Job profile queries. Lists load in a fixed number of queries, whatever the number of items.

use super::model::{CompetenceTarget, JobCard, JobDetail, JobListPage};
use crate::catalogue::codes::ORG_KINDS;
use crate::catalogue::framework::Framework;
use crate::catalogue::query::{Ignored, PageInfo, RawQuery, PAGE_SIZE};
use crate::content::items::unpublished;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{job_profile, job_profile_competence, job_profile_relation, job_profile_translation};

/// The texts of job profiles.
type JobTexts = crate::content::text::Texts<job_profile_translation::Model>;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::held::SiteSearch;
use crate::search::index::Kind;
use crate::search::lists;
use crate::ui::filters::Choice;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

async fn framework(db: &impl ConnectionTrait) -> Result<Framework, AppError> {
    Framework::current(db).await?.ok_or_else(|| {
        tracing::error!("no competence framework is installed");
        AppError::Internal
    })
}

/// The job profile list, searched by words (`?q=`, the best match first; otherwise by title),
/// filtered by competence area (`?area=3`) and paged.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    lang: Lang,
    query: &str,
) -> Result<JobListPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let q = lists::q_of(&raw);
    let words = lists::list_words(db, search, Kind::JobProfile, &q).await?;
    let fw = framework(db).await?;
    let area_codes: Vec<&str> = fw.areas.iter().map(|a| a.code.as_str()).collect();
    let area = raw.one_of("area", &area_codes, &mut ignored);
    let employer = raw.one_of("employer", &ORG_KINDS, &mut ignored);
    let page = raw.page(&mut ignored);

    let profiles = job_profile::Entity::find()
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let profiles: Vec<job_profile::Model> = lists::keep(words.as_ref(), profiles, |p| p.id)
        .into_iter()
        .filter(|p| {
            employer
                .as_deref()
                .is_none_or(|wanted| p.employer_kinds.split(',').any(|k| k.trim() == wanted))
        })
        .collect();
    let mut cards = cards(db, &fw, lang, profiles, area.as_deref()).await?;
    if words.is_none() {
        cards.sort_by_cached_key(|card| deunicode::deunicode(&card.title).to_lowercase());
    }

    let info = PageInfo::new(page, cards.len() as u64, &mut ignored);
    let items = cards
        .into_iter()
        .skip(usize::try_from(info.offset()).unwrap_or(usize::MAX))
        .take(PAGE_SIZE as usize)
        .collect();
    let areas = fw
        .areas
        .iter()
        .map(|a| Choice {
            value: a.code.clone(),
            label: format!("{}. {}", a.code, fw.label(&format!("area:{}", a.code), lang).text),
        })
        .collect();
    let applied: Vec<(String, String)> = [
        ("q", (!q.is_empty()).then(|| q.clone())),
        ("employer", employer.clone()),
        ("area", area.clone()),
    ]
    .into_iter()
    .filter_map(|(name, value)| value.map(|v| (name.to_string(), v)))
    .collect();
    let path = crate::web::urls::Route::Jobs.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let alternatives = lists::alternatives(
        db,
        search,
        &[Kind::JobProfile],
        &path,
        &applied,
        info.total,
        searched,
    )
    .await?;
    Ok(JobListPage {
        items,
        q,
        alternatives,
        page: info,
        areas,
        area,
        employer,
        applied,
        ignored,
        framework: fw.label("framework", lang).text,
    })
}

/// Cards for `profiles` (2 queries), keeping only those drawing on `area` when given.
pub async fn cards(
    db: &impl ConnectionTrait,
    fw: &Framework,
    lang: Lang,
    profiles: Vec<job_profile::Model>,
    area: Option<&str>,
) -> Result<Vec<JobCard>, AppError> {
    let ids: Vec<i32> = profiles.iter().map(|p| p.id).collect();
    let texts = JobTexts::load(db, &ids).await?;
    let mut areas_of: HashMap<i32, Vec<String>> = HashMap::new();
    for row in job_profile_competence::Entity::find()
        .filter(job_profile_competence::Column::JobProfileId.is_in(ids))
        .all(db)
        .await?
    {
        if let Some(comp) = fw.competences.iter().find(|c| c.id == row.competence_id) {
            let code = fw.area_code_of(comp);
            let codes = areas_of.entry(row.job_profile_id).or_default();
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
    }
    let mut cards = Vec::new();
    for profile in profiles {
        let mut codes = areas_of.remove(&profile.id).unwrap_or_default();
        if area.is_some_and(|wanted| !codes.iter().any(|c| c == wanted)) {
            continue;
        }
        codes.sort();
        let Some((text, shown)) = texts.pick(profile.id, profile.original_lang, lang) else {
            continue;
        };
        cards.push(JobCard {
            slug: profile.slug.clone(),
            title: text.title.clone(),
            summary: text.summary.clone(),
            lang: shown,
            areas: codes
                .iter()
                .map(|code| fw.label(&format!("area:{code}"), lang).text)
                .collect(),
        });
    }
    Ok(cards)
}

/// One published job profile with its competences and related profiles, and its id. The
/// other features' content on its page (interviews, offers, pathways) is added by `api`.
pub async fn detail(db: &impl ConnectionTrait, lang: Lang, slug: &str) -> Result<(JobDetail, i32), AppError> {
    if !crate::catalogue::query::is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let Some(profile) = job_profile::Entity::find()
        .filter(job_profile::Column::Slug.eq(slug))
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .one(db)
        .await?
    else {
        return Err(unpublished(db, ContentKind::JobProfile, slug).await);
    };
    let fw = framework(db).await?;
    let texts = JobTexts::load(db, &[profile.id]).await?;
    let (text, shown) = texts
        .pick(profile.id, profile.original_lang, lang)
        .ok_or(AppError::NotFound)?;

    let mut competences = Vec::new();
    for row in job_profile_competence::Entity::find()
        .filter(job_profile_competence::Column::JobProfileId.eq(profile.id))
        .all(db)
        .await?
    {
        let Some(comp) = fw.competences.iter().find(|c| c.id == row.competence_id) else {
            continue;
        };
        let label = fw.label(&format!("competence:{}", comp.code), lang);
        competences.push(CompetenceTarget {
            code: comp.code.clone(),
            label: label.text,
            label_lang: label.lang,
            area: fw.label(&format!("area:{}", fw.area_code_of(comp)), lang).text,
            level: row.target_level,
            target: fw.level(row.target_level, lang),
        });
    }
    competences.sort_by(|a, b| a.code.cmp(&b.code));

    let related_ids: Vec<i32> = job_profile_relation::Entity::find()
        .filter(job_profile_relation::Column::JobProfileId.eq(profile.id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.related_id)
        .collect();
    let related_profiles = job_profile::Entity::find()
        .filter(job_profile::Column::Id.is_in(related_ids))
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let related = cards(db, &fw, lang, related_profiles, None).await?;

    let job = JobDetail {
        slug: profile.slug.clone(),
        title: text.title.clone(),
        summary: text.summary.clone(),
        missions: lines(&text.missions),
        employers: text.employers.clone(),
        routes: lines(&text.routes),
        lang: shown,
        employer_kinds: profile
            .employer_kinds
            .split(',')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect(),
        esco_uri: profile.esco_uri.clone(),
        framework: fw.label("framework", lang).text,
        competences,
        related,
        interviews: Vec::new(),
        offers: Vec::new(),
        pathways: Vec::new(),
        webinars: Vec::new(),
        gaps: Default::default(),
    };
    Ok((job, profile.id))
}

/// Multi-item fields are stored one item per line.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}
