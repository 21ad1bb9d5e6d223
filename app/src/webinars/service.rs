//! Webinar queries: the programme with its filters (language spoken, competence, organisation,
//! job profile, upcoming or past, accessibility) and one webinar. A fixed number of queries,
//! whatever the number of webinars; times written in the reader's zone.

use super::cards::{card, Related};
use super::model::{Speaker, WebinarDetail, WebinarListPage};
use super::when::zone;
use crate::catalogue::framework::{competence_choices, Framework};
use crate::catalogue::query::{is_slug, Ignored, RawQuery};
use crate::catalogue::words::fold;
use crate::content::items::unpublished;
use crate::content::text::Texts;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{
    interview, job_profile, job_profile_translation, organisation, pathway, pathway_step,
    pathway_translation, webinar, webinar_speaker,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::held::SiteSearch;
use crate::search::index::Kind;
use crate::search::lists;
use crate::ui::filters::Choice;
use crate::ui::markdown::to_safe_html;
use crate::web::urls::Route;
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashSet;

/// The accessibility filters.
const ACCESS: [&str; 3] = ["captions", "sign_language", "transcript"];

fn published() -> sea_orm::Select<webinar::Entity> {
    webinar::Entity::find()
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .order_by_asc(webinar::Column::StartsAt)
        .order_by_asc(webinar::Column::Id)
}

/// The programme for `query`, in zone `reader_zone`.
/// Words (`?q=`) keep the webinars they find; the programme stays in date order.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    lang: Lang,
    query: &str,
    reader_zone: &str,
) -> Result<WebinarListPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let q = lists::q_of(&raw);
    let words = lists::list_words(db, search, Kind::Webinar, &q).await?;
    let rows = published().all(db).await?;
    let related = Related::load(db, &rows).await?;
    let framework = Framework::current(db).await?;

    let lang_codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let spoken = raw.one_of("lang", &lang_codes, &mut ignored);
    let when = raw.one_of("when", &["upcoming", "past"], &mut ignored);
    let access = raw.one_of("access", &ACCESS, &mut ignored);
    let mut organisations: Vec<Choice> = related
        .organisations
        .values()
        .map(|o| Choice {
            value: o.slug.clone(),
            label: o.name.clone(),
        })
        .collect();
    organisations.sort_by_cached_key(|c| fold(&c.label));
    let org_slugs: Vec<&str> = organisations.iter().map(|c| c.value.as_str()).collect();
    let organisation = raw.one_of("organisation", &org_slugs, &mut ignored);
    let used: HashSet<i32> = related.competences.values().flatten().copied().collect();
    let competences = competence_choices(framework.as_ref(), lang, |id| used.contains(&id));
    let competence_codes: Vec<&str> = competences.iter().map(|c| c.value.as_str()).collect();
    let competence = raw.one_of("competence", &competence_codes, &mut ignored);
    let competence_id = framework
        .as_ref()
        .and_then(|f| {
            f.competences
                .iter()
                .find(|c| Some(&c.code) == competence.as_ref())
        })
        .map(|c| c.id);
    let jobs = related.job_choices(db, lang).await?;
    let job_slugs: Vec<&str> = jobs.iter().map(|c| c.value.as_str()).collect();
    let job = raw.one_of("job", &job_slugs, &mut ignored);

    let now = Utc::now();
    let mut upcoming = Vec::new();
    let mut past = Vec::new();
    for row in &rows {
        let is_past = row.starts_at + Duration::minutes(i64::from(row.duration_minutes)) < now;
        let keep = words.as_ref().is_none_or(|w| w.keeps(row.id))
            && spoken.as_deref().is_none_or(|l| row.lang.code() == l)
            && when.as_deref().is_none_or(|w| (w == "past") == is_past)
            && organisation
                .as_deref()
                .is_none_or(|slug| related.organisation_slug(row) == Some(slug))
            && competence_id
                .is_none_or(|c| related.competences.get(&row.id).is_some_and(|cs| cs.contains(&c)))
            && job.as_deref().is_none_or(|slug| related.has_job(row.id, slug))
            && access.as_deref().is_none_or(|a| match a {
                "captions" => row.captions,
                "sign_language" => row.sign_language,
                _ => related.has_transcript(row.id),
            });
        if !keep {
            continue;
        }
        let card = card(row, &related, lang, reader_zone, now);
        if is_past {
            past.push(card);
        } else {
            upcoming.push(card);
        }
    }
    past.reverse();

    let mut applied = Vec::new();
    let words_searched = (!q.is_empty()).then(|| q.clone());
    for (name, value) in [
        ("q", &words_searched),
        ("lang", &spoken),
        ("competence", &competence),
        ("organisation", &organisation),
        ("job", &job),
        ("when", &when),
        ("access", &access),
    ] {
        if let Some(value) = value {
            applied.push((name.to_string(), value.clone()));
        }
    }
    let path = crate::web::urls::Route::Webinars.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let total = (upcoming.len() + past.len()) as u64;
    let alternatives =
        lists::alternatives(db, search, &[Kind::Webinar], &path, &applied, total, searched).await?;
    Ok(WebinarListPage {
        q,
        alternatives,
        upcoming,
        past,
        zone: super::when::zone_label(reader_zone, lang),
        spoken,
        competence,
        organisation,
        job,
        when,
        access,
        competences,
        organisations,
        jobs,
        applied,
        ignored,
    })
}

/// One published webinar (archived: gone), in zone `reader_zone`.
pub async fn detail(
    db: &impl ConnectionTrait,
    lang: Lang,
    slug: &str,
    reader_zone: &str,
    zone_from_account: bool,
) -> Result<WebinarDetail, AppError> {
    if !is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let Some(row) = published().filter(webinar::Column::Slug.eq(slug)).one(db).await? else {
        return Err(unpublished(db, ContentKind::Webinar, slug).await);
    };
    let rows = vec![row.clone()];
    let related = Related::load(db, &rows).await?;
    let now = Utc::now();
    let card = card(&row, &related, lang, reader_zone, now);
    let (text, _) = related.text(&row, lang).ok_or(AppError::NotFound)?;
    let description_html = to_safe_html(&text.description_md);
    let is_past = !card.upcoming;
    let transcript_html = is_past
        .then(|| related.transcript(&row, lang))
        .flatten()
        .map(|t| to_safe_html(&t));

    let speaker_rows = webinar_speaker::Entity::find()
        .filter(webinar_speaker::Column::WebinarId.eq(row.id))
        .order_by_asc(webinar_speaker::Column::Position)
        .all(db)
        .await?;
    let interviews = interview::Entity::find()
        .filter(interview::Column::Id.is_in(speaker_rows.iter().filter_map(|s| s.interview_id)))
        .filter(interview::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let speaker_orgs = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(speaker_rows.iter().filter_map(|s| s.organisation_id)))
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let speakers = speaker_rows
        .into_iter()
        .map(|s| {
            let interview = s
                .interview_id
                .and_then(|id| interviews.iter().find(|i| i.id == id))
                .map(|i| Route::Interview(&i.slug).at(lang));
            let organisation = s
                .organisation_id
                .and_then(|id| speaker_orgs.iter().find(|o| o.id == id))
                .map(|o| Route::Organisation(&o.slug).at(lang));
            Speaker {
                name: s.name,
                role: s.role,
                role_lang: row.original_lang,
                href: interview.or(organisation),
            }
        })
        .collect();

    let framework = Framework::current(db).await?;
    let competences = framework
        .as_ref()
        .map(|f| {
            let ids = related.competences.get(&row.id).cloned().unwrap_or_default();
            f.competences
                .iter()
                .filter(|c| ids.contains(&c.id))
                .map(|c| {
                    (
                        c.code.clone(),
                        f.label(&format!("competence:{}", c.code), lang).text,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let job_ids = related.jobs.get(&row.id).cloned().unwrap_or_default();
    let profiles = job_profile::Entity::find()
        .filter(job_profile::Column::Id.is_in(job_ids))
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let profile_texts =
        Texts::<job_profile_translation::Model>::load(db, &profiles.iter().map(|p| p.id).collect::<Vec<_>>())
            .await?;
    let job_profiles = profiles
        .iter()
        .map(|p| {
            let title = profile_texts
                .pick(p.id, p.original_lang, lang)
                .map(|(t, _)| t.title.clone())
                .unwrap_or_else(|| p.slug.clone());
            (p.slug.clone(), title)
        })
        .collect();
    let steps = pathway_step::Entity::find()
        .filter(pathway_step::Column::WebinarId.eq(row.id))
        .all(db)
        .await?;
    let pathways = pathway::Entity::find()
        .filter(pathway::Column::Id.is_in(steps.iter().map(|s| s.pathway_id)))
        .filter(pathway::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let pathway_texts =
        Texts::<pathway_translation::Model>::load(db, &pathways.iter().map(|p| p.id).collect::<Vec<_>>())
            .await?;
    let pathway_steps = steps
        .iter()
        .filter_map(|s| {
            let p = pathways.iter().find(|p| p.id == s.pathway_id)?;
            let title = pathway_texts
                .pick(p.id, p.original_lang, lang)
                .map(|(t, _)| t.title.clone())
                .unwrap_or_else(|| p.slug.clone());
            Some((p.slug.clone(), title, s.position as u32))
        })
        .collect();

    let own = zone(&row.time_zone);
    let end = row.starts_at + Duration::minutes(i64::from(row.duration_minutes));
    let zones = super::when::zone_choices(reader_zone);
    Ok(WebinarDetail {
        card,
        description_html,
        transcript_html,
        speakers,
        competences,
        job_profiles,
        pathway_steps,
        replay_url: row.replay_url.clone().filter(|_| is_past),
        capacity: row.capacity,
        zone: reader_zone.to_string(),
        zones,
        zone_from_account,
        mine: None,
        signed_in: zone_from_account,
        start_iso: row.starts_at.with_timezone(&own).to_rfc3339(),
        end_iso: end.with_timezone(&own).to_rfc3339(),
    })
}
