//! `/{lang}/assessment/results`: the job profiles closest to the person's profile, the open
//! offers they already match (filterable by kind, work mode and country), and the pathways
//! with the most gain for the least time — each ranked by the pure rules of `matching`, in a
//! fixed number of queries whatever the number of offers.

use super::gaps::Courses;
use super::matching::{rank, rank_courses, Required, Score};
use super::model::{Fit, PathwayOffer, RankedJob, RankedOffer, ResultsPage};
use super::profile::{required, Stored};
use super::service::framework;
use crate::catalogue::codes::COUNTRIES;
use crate::catalogue::query::{Ignored, RawQuery};
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{
    job_profile, job_profile_competence, job_profile_translation, offer, offer_competence,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::offers::codes::{kind_codes, work_mode_codes, OfferKind, WorkMode};
use crate::offers::service::open_condition;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// How many of each list the page shows.
const JOBS_SHOWN: usize = 6;
const OFFERS_SHOWN: usize = 20;
const PATHWAYS_SHOWN: usize = 5;

fn fit_of(score: Score) -> Fit {
    Fit {
        meets: score.meets,
        total: score.total,
        levels_short: score.levels_short,
    }
}

/// Requirements grouped by owner.
fn grouped(rows: impl IntoIterator<Item = (i32, i32, Option<i32>)>) -> HashMap<i32, Vec<Required>> {
    let mut all: HashMap<i32, Vec<Required>> = HashMap::new();
    for (owner, competence, level) in rows {
        all.entry(owner)
            .or_default()
            .extend(required([(competence, level)]));
    }
    all
}

/// The page for the raw query string `query` (the offer filters).
pub async fn results_page(
    db: &impl ConnectionTrait,
    lang: Lang,
    query: &str,
    learner: Option<i32>,
) -> Result<ResultsPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let kinds: Vec<&str> = kind_codes();
    let modes: Vec<&str> = work_mode_codes();
    let kind = raw.one_of("kind", &kinds, &mut ignored);
    let mode = raw.one_of("mode", &modes, &mut ignored);
    let country = raw.one_of("country", &COUNTRIES, &mut ignored);
    let mut page = ResultsPage {
        has_profile: false,
        jobs: Vec::new(),
        offers: Vec::new(),
        offers_total: 0,
        pathways: Vec::new(),
        kind,
        mode,
        country,
        kinds: kinds.iter().map(|k| k.to_string()).collect(),
        modes: modes.iter().map(|m| m.to_string()).collect(),
        countries: COUNTRIES.iter().map(|c| c.to_string()).collect(),
        ignored,
    };
    let fw = framework(db).await?;
    let stored = Stored::load(db, learner, &fw).await?;
    if stored.profile.is_empty() {
        return Ok(page);
    }
    page.has_profile = true;
    let profile = &stored.profile;

    // Job profiles: 3 queries.
    let jobs = job_profile::Entity::find()
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let job_needs = grouped(
        job_profile_competence::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.job_profile_id, r.competence_id, Some(r.target_level))),
    );
    let job_ids: Vec<i32> = jobs.iter().map(|j| j.id).collect();
    let job_texts = Texts::<job_profile_translation::Model>::load(db, &job_ids).await?;
    let by_id: HashMap<i32, &job_profile::Model> = jobs.iter().map(|j| (j.id, j)).collect();
    page.jobs = rank(
        profile,
        jobs.iter()
            .map(|j| (j.id, job_needs.get(&j.id).map(Vec::as_slice).unwrap_or_default())),
    )
    .into_iter()
    .take(JOBS_SHOWN)
    .filter_map(|(id, score)| {
        let row = by_id.get(&id)?;
        let (text, shown) = job_texts.pick(id, row.original_lang, lang)?;
        Some(RankedJob {
            slug: row.slug.clone(),
            title: text.title.clone(),
            lang: shown,
            fit: fit_of(score),
        })
    })
    .collect();

    // Open offers the person meets entirely, after the filters: 2 queries, then the cards'.
    let mut open = offer::Entity::find().filter(open_condition());
    if let Some(kind) = page.kind.as_deref().and_then(OfferKind::parse) {
        open = open.filter(offer::Column::Kind.eq(kind));
    }
    if let Some(mode) = page.mode.as_deref().and_then(WorkMode::parse) {
        open = open.filter(offer::Column::WorkMode.eq(mode));
    }
    if let Some(country) = &page.country {
        open = open.filter(offer::Column::Country.eq(country.as_str()));
    }
    let open_ids: Vec<i32> = open
        .select_only()
        .column(offer::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let offer_needs = grouped(
        offer_competence::Entity::find()
            .select_only()
            .columns([
                offer_competence::Column::OfferId,
                offer_competence::Column::CompetenceId,
                offer_competence::Column::Level,
            ])
            .into_tuple::<(i32, i32, Option<i32>)>()
            .all(db)
            .await?,
    );
    let matched: Vec<(i32, Score)> = rank(
        profile,
        open_ids
            .iter()
            .map(|id| (*id, offer_needs.get(id).map(Vec::as_slice).unwrap_or_default())),
    )
    .into_iter()
    .filter(|(_, s)| s.meets == s.total)
    .collect();
    page.offers_total = matched.len();
    let shown: Vec<(i32, Score)> = matched.into_iter().take(OFFERS_SHOWN).collect();
    let ids: Vec<i32> = shown.iter().map(|(id, _)| *id).collect();
    let cards = crate::offers::cards::cards_in_order(db, lang, &ids).await?;
    page.offers = cards
        .into_iter()
        .zip(shown)
        .map(|(card, (_, score))| RankedOffer {
            card,
            fit: fit_of(score),
        })
        .collect();

    // Pathways: the catalogue's queries.
    let courses = Courses::load(db, &fw, lang).await?;
    page.pathways = rank_courses(profile, &courses.courses)
        .into_iter()
        .take(PATHWAYS_SHOWN)
        .filter_map(|(course, gain)| {
            let card = courses.cards.get(&course.id)?;
            Some(PathwayOffer {
                slug: card.slug.clone(),
                title: card.title.clone(),
                lang: card.lang,
                minutes: course.minutes,
                level: u8::try_from(gain).unwrap_or(u8::MAX),
            })
        })
        .collect();
    Ok(page)
}
