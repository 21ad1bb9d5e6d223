//! Pathway lists: the filtered list page, a learner's pathways in progress, the pathways
//! towards a job, the badges for administrators (all from `Catalogue`, filtered in memory).

use super::catalogue::Catalogue;
use super::codes::{in_duration, DURATIONS};
use super::model::{PathwayCard, PathwayListPage};
use crate::catalogue::framework::Framework;
use crate::catalogue::query::{Ignored, RawQuery};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::held::SiteSearch;
use crate::search::index::Kind;
use crate::search::lists;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};

/// `/{lang}/pathways` with the raw query string `query`.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    lang: Lang,
    query: &str,
    learner: Option<i32>,
) -> Result<PathwayListPage, AppError> {
    let catalogue = Catalogue::load(db, None, learner).await?;
    let framework = Framework::current(db).await?;
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let q = lists::q_of(&raw);
    let words = lists::list_words(db, search, Kind::Pathway, &q).await?;
    let rows = lists::keep(words.as_ref(), catalogue.rows.iter().collect(), |r| r.id);
    let cards: Vec<(&crate::entities::pathway::Model, PathwayCard)> = rows
        .into_iter()
        .map(|row| (row, catalogue.card(lang, row)))
        .collect();
    let mut job_profiles: Vec<(String, String)> = cards
        .iter()
        .filter_map(|(_, card)| card.job_profile.clone())
        .collect();
    job_profiles.sort_by(|a, b| a.1.cmp(&b.1));
    job_profiles.dedup();
    let codes: HashSet<&str> = catalogue.competences.iter().map(|(_, c, _)| c.as_str()).collect();
    let mut competences: Vec<(String, String)> = framework
        .as_ref()
        .map(|f| {
            f.competences
                .iter()
                .filter(|c| codes.contains(c.code.as_str()))
                .map(|c| {
                    (
                        c.code.clone(),
                        f.label(&format!("competence:{}", c.code), lang).text,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    competences.sort();
    let profile_slugs: Vec<&str> = job_profiles.iter().map(|(s, _)| s.as_str()).collect();
    let competence_codes: Vec<&str> = competences.iter().map(|(c, _)| c.as_str()).collect();
    let lang_codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    // `profile` is the older spelling of the parameter.
    let profile_param = if raw.get("job_profile").is_none() && raw.get("profile").is_some() {
        "profile"
    } else {
        "job_profile"
    };
    let profile = raw.one_of(profile_param, &profile_slugs, &mut ignored);
    let competence = raw.one_of("competence", &competence_codes, &mut ignored);
    let written = raw.one_of("lang", &lang_codes, &mut ignored);
    let duration = raw.one_of("duration", &DURATIONS, &mut ignored);
    let items: Vec<PathwayCard> = cards
        .into_iter()
        .filter(|(row, card)| {
            profile
                .as_ref()
                .is_none_or(|p| card.job_profile.as_ref().is_some_and(|(slug, _)| slug == p))
                && competence.as_ref().is_none_or(|c| {
                    catalogue
                        .competences
                        .iter()
                        .any(|(id, code, _)| *id == row.id && code == c)
                })
                && written.as_ref().is_none_or(|l| catalogue.written_in(row, l))
                && duration.as_ref().is_none_or(|d| in_duration(d, card.minutes))
        })
        .map(|(_, card)| card)
        .collect();
    let applied: Vec<(String, String)> = [
        ("q", (!q.is_empty()).then(|| q.clone())),
        ("job_profile", profile),
        ("competence", competence),
        ("lang", written),
        ("duration", duration),
    ]
    .into_iter()
    .filter_map(|(name, value)| value.map(|v| (name.to_string(), v)))
    .collect();
    let path = crate::web::urls::Route::Pathways.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let total = items.len() as u64;
    let alternatives =
        lists::alternatives(db, search, &[Kind::Pathway], &path, &applied, total, searched).await?;
    Ok(PathwayListPage {
        items,
        q,
        alternatives,
        applied,
        ignored,
        job_profiles,
        competences,
    })
}

/// The pathways `learner` has started, most recently active first.
pub async fn progress_of(
    db: &impl ConnectionTrait,
    lang: Lang,
    learner: i32,
) -> Result<Vec<super::model::LearnerProgress>, AppError> {
    use crate::entities::badge;
    let catalogue = Catalogue::load(db, None, Some(learner)).await?;
    let badges: HashMap<i32, String> = badge::Entity::find()
        .filter(badge::Column::LearnerId.eq(learner))
        .all(db)
        .await?
        .into_iter()
        .map(|b| (b.pathway_id, b.id))
        .collect();
    Ok(catalogue
        .rows
        .iter()
        .map(|row| (row, catalogue.card(lang, row)))
        .filter(|(row, card)| card.done > 0 || badges.contains_key(&row.id))
        .map(|(row, card)| super::model::LearnerProgress {
            next_step: super::detail::next_step(
                catalogue.steps.get(&row.id).map(Vec::as_slice).unwrap_or(&[]),
                &catalogue.done,
            ),
            badge_id: badges.get(&row.id).cloned(),
            card,
        })
        .collect())
}

/// Where `learner` coming back continues: the next step to do of the pathway `within` (a slug)
/// when given and started, else of the unfinished pathway they worked on last; that pathway's
/// page when every step is done; `None` when they have started nothing.
pub async fn continue_at(
    db: &impl ConnectionTrait,
    lang: Lang,
    learner: i32,
    within: Option<&str>,
) -> Result<Option<String>, AppError> {
    use crate::entities::step_completion;
    use crate::web::urls::Route;
    let catalogue = Catalogue::load(db, None, Some(learner)).await?;
    let completions = step_completion::Entity::find()
        .filter(step_completion::Column::LearnerId.eq(learner))
        .all(db)
        .await?;
    let last_active = |pathway: i32| {
        let steps = catalogue.steps.get(&pathway).map(Vec::as_slice).unwrap_or(&[]);
        completions
            .iter()
            .filter(|c| steps.iter().any(|s| s.id == c.step_id))
            .map(|c| c.completed_at)
            .max()
    };
    let next_of = |row: &crate::entities::pathway::Model| {
        let steps = catalogue.steps.get(&row.id).map(Vec::as_slice).unwrap_or(&[]);
        super::detail::next_step(steps, &catalogue.done)
    };
    let named = within.and_then(|slug| catalogue.rows.iter().find(|r| r.slug == slug));
    let chosen = named.filter(|row| last_active(row.id).is_some()).or_else(|| {
        catalogue
            .rows
            .iter()
            .filter(|row| last_active(row.id).is_some() && next_of(row).is_some())
            .max_by_key(|row| last_active(row.id))
    });
    Ok(chosen.map(|row| match next_of(row) {
        Some(n) => Route::Step(&row.slug, n).at(lang),
        None => Route::Pathway(&row.slug).at(lang),
    }))
}

/// Every badge, newest first, for the administrators.
pub async fn all_badges(
    db: &impl ConnectionTrait,
    lang: Lang,
) -> Result<Vec<super::model::AdminBadge>, AppError> {
    use crate::entities::badge;
    let catalogue = Catalogue::load(db, None, None).await?;
    Ok(badge::Entity::find()
        .order_by_desc(badge::Column::IssuedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|b| super::model::AdminBadge {
            pathway: catalogue
                .rows
                .iter()
                .find(|p| p.id == b.pathway_id)
                .map(|p| catalogue.card(lang, p).title)
                .unwrap_or_default(),
            id: b.id,
            recipient: b.recipient_name,
            issued_at: b.issued_at.date_naive().to_string(),
            revoked_at: b.revoked_at.map(|d| d.date_naive().to_string()),
            revoked_reason: b.revoked_reason,
        })
        .collect())
}

/// Cards of the published pathways leading to job profile `job_profile_id`.
pub async fn towards_profile(
    db: &impl ConnectionTrait,
    lang: Lang,
    job_profile_id: i32,
) -> Result<Vec<PathwayCard>, AppError> {
    let catalogue = Catalogue::load(db, None, None).await?;
    Ok(catalogue
        .rows
        .iter()
        .filter(|row| row.job_profile_id == Some(job_profile_id))
        .map(|row| catalogue.card(lang, row))
        .collect())
}
