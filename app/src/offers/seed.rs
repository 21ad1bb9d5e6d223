//! The demo offers (`seed/offers-*.toml`), loaded once after the rest of the demo content.
//! Dates are relative to the day of loading, so the demo always has fresh and closed offers.

use crate::catalogue::seed::refs::{already_loaded, DemoRefs};
use crate::entities::{app_meta, offer, offer_competence, offer_translation};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set, TransactionTrait};
use serde::Deserialize;
use std::collections::BTreeMap;

const MARKER: &str = "demo-offers";
const FILES: [&str; 4] = [
    include_str!("../../../seed/offers-fr.toml"),
    include_str!("../../../seed/offers-be.toml"),
    include_str!("../../../seed/offers-it.toml"),
    include_str!("../../../seed/offers-es.toml"),
];

#[derive(Deserialize)]
struct OfferFile {
    offer: Vec<OfferSeed>,
}

#[derive(Deserialize)]
struct OfferSeed {
    slug: String,
    kind: super::codes::OfferKind,
    organisation: String,
    job_profile: Option<String>,
    city: Option<String>,
    country: Option<String>,
    work_mode: super::codes::WorkMode,
    contract: Option<String>,
    salary_min: Option<i32>,
    salary_max: Option<i32>,
    salary_period: Option<super::codes::PayPeriod>,
    hours_per_week: Option<i32>,
    original_lang: crate::i18n::Lang,
    posted_days_ago: i64,
    valid_for_days: Option<i64>,
    starts_in_days: Option<i64>,
    apply_url: Option<String>,
    apply_email: Option<String>,
    #[serde(default)]
    competences: Vec<CompetenceSeed>,
    translations: BTreeMap<String, TextSeed>,
}

#[derive(Deserialize)]
struct CompetenceSeed {
    code: String,
    level: Option<i32>,
}

#[derive(Deserialize)]
struct TextSeed {
    title: String,
    description_md: String,
    how_to_apply: Option<String>,
}

fn bad(what: String) -> DbErr {
    DbErr::Custom(format!("demo offers: {what}"))
}

/// Loads the demo offers unless done before; returns whether it loaded them.
pub async fn load_once(db: &DatabaseConnection) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if already_loaded(&txn, MARKER).await? {
        return Ok(false);
    }
    let DemoRefs {
        organisations,
        profiles,
        competences,
    } = DemoRefs::load(&txn).await?;
    if organisations.is_empty() {
        // No demo content (e.g. DEMO_CONTENT=false): no demo offers either.
        return Ok(false);
    }
    let now = Utc::now();
    let today = now.date_naive();
    for file in FILES {
        let parsed: OfferFile = toml::from_str(file).map_err(|e| bad(e.to_string()))?;
        for seed in parsed.offer {
            let organisation_id = *organisations
                .get(&seed.organisation)
                .ok_or_else(|| bad(format!("unknown organisation {}", seed.organisation)))?;
            let job_profile_id = match &seed.job_profile {
                Some(slug) => Some(
                    *profiles
                        .get(slug)
                        .ok_or_else(|| bad(format!("unknown job profile {slug}")))?,
                ),
                None => None,
            };
            let row = offer::ActiveModel {
                slug: Set(seed.slug.clone()),
                kind: Set(seed.kind),
                organisation_id: Set(organisation_id),
                job_profile_id: Set(job_profile_id),
                city: Set(seed.city),
                country: Set(seed.country),
                work_mode: Set(seed.work_mode),
                contract: Set(seed.contract),
                salary_min: Set(seed.salary_min),
                salary_max: Set(seed.salary_max),
                salary_currency: Set(seed.salary_min.map(|_| "EUR".to_string())),
                salary_period: Set(seed.salary_period),
                hours_per_week: Set(seed.hours_per_week),
                original_lang: Set(seed.original_lang),
                starts_on: Set(seed.starts_in_days.map(|d| today + Duration::days(d))),
                valid_until: Set(seed.valid_for_days.map(|d| today + Duration::days(d))),
                apply_url: Set(seed.apply_url),
                apply_email: Set(seed.apply_email),
                status: Set(crate::content::ContentStatus::Published),
                posted_at: Set(now - Duration::days(seed.posted_days_ago)),
                created_by: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for (lang, text) in seed.translations {
                offer_translation::ActiveModel {
                    offer_id: Set(row.id),
                    lang: Set(lang),
                    title: Set(text.title),
                    description_md: Set(text.description_md),
                    how_to_apply: Set(text.how_to_apply),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
            for c in seed.competences {
                let competence_id = *competences
                    .get(&c.code)
                    .ok_or_else(|| bad(format!("unknown competence {}", c.code)))?;
                offer_competence::ActiveModel {
                    offer_id: Set(row.id),
                    competence_id: Set(competence_id),
                    level: Set(c.level),
                }
                .insert(&txn)
                .await?;
            }
            super::index::reindex(&txn, row.id).await?;
        }
    }
    app_meta::ActiveModel {
        key: Set(MARKER.into()),
        value: Set(now.to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}
