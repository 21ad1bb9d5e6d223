//! The demo webinars (`seed/webinars-*.toml`), loaded once after the pathways: dates relative
//! to the day the demo loads, in each organiser's zone; the full one filled with demo
//! registrations and a waiting list; a past webinar's pathway gets a watch step pointing to its
//! replay.

use crate::catalogue::seed::refs::{already_loaded, DemoRefs};
use crate::content::ContentStatus;
use crate::entities::{
    interview, webinar, webinar_competence, webinar_job_profile, webinar_speaker, webinar_translation,
};
use crate::i18n::Lang;
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, Set, TransactionTrait};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const MARKER: &str = "demo-webinars";
const FILES: [&str; 2] = [
    include_str!("../../../seed/webinars-1.toml"),
    include_str!("../../../seed/webinars-2.toml"),
];

#[derive(Deserialize)]
struct WebinarFile {
    webinar: Vec<WebinarSeed>,
}

#[derive(Deserialize)]
struct WebinarSeed {
    slug: String,
    organisation: String,
    original_lang: Lang,
    spoken_lang: Lang,
    time_zone: String,
    starts_in_days: i64,
    start_time: String,
    duration_minutes: i32,
    capacity: Option<i32>,
    #[serde(default)]
    captions: bool,
    #[serde(default)]
    sign_language: bool,
    #[serde(default = "yes")]
    registration_open: bool,
    join_url: Option<String>,
    replay_url: Option<String>,
    #[serde(default)]
    competences: Vec<String>,
    #[serde(default)]
    job_profiles: Vec<String>,
    #[serde(default)]
    pathways: Vec<String>,
    #[serde(default)]
    speakers: Vec<SpeakerSeed>,
    translations: BTreeMap<String, TextSeed>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct SpeakerSeed {
    name: String,
    role: String,
    interview: Option<String>,
    organisation: Option<String>,
}

#[derive(Deserialize)]
struct TextSeed {
    title: String,
    description_md: String,
    transcript_md: Option<String>,
}

fn bad(what: String) -> DbErr {
    DbErr::Custom(format!("demo webinars: {what}"))
}

/// The demo webinar that is full: the smallest one still to come.
fn full_one(seeds: &[WebinarSeed]) -> Option<&str> {
    seeds
        .iter()
        .filter(|s| s.starts_in_days > 0)
        .filter_map(|s| s.capacity.map(|c| (c, s.slug.as_str())))
        .min()
        .map(|(_, slug)| slug)
}

/// Loads the demo webinars unless done before; returns whether it loaded them.
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
        return Ok(false);
    }
    let interviews: HashMap<String, i32> = interview::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|i| (i.slug, i.id))
        .collect();
    let mut seeds = Vec::new();
    for file in FILES {
        let parsed: WebinarFile = toml::from_str(file).map_err(|e| bad(e.to_string()))?;
        seeds.extend(parsed.webinar);
    }
    let full = full_one(&seeds).map(str::to_string);
    let today = Utc::now().date_naive();
    for seed in seeds {
        let zone: chrono_tz::Tz = seed
            .time_zone
            .parse()
            .map_err(|_| bad(format!("time zone {}", seed.time_zone)))?;
        let time = NaiveTime::parse_from_str(&seed.start_time, "%H:%M")
            .map_err(|_| bad(format!("start time {}", seed.start_time)))?;
        let local = (today + Duration::days(seed.starts_in_days)).and_time(time);
        let starts_at = zone
            .from_local_datetime(&local)
            .earliest()
            .ok_or_else(|| bad(format!("no such time {local} in {}", seed.time_zone)))?
            .with_timezone(&Utc);
        let organisation_id = *organisations
            .get(&seed.organisation)
            .ok_or_else(|| bad(format!("unknown organisation {}", seed.organisation)))?;
        let row = webinar::ActiveModel {
            slug: Set(seed.slug.clone()),
            organisation_id: Set(Some(organisation_id)),
            starts_at: Set(starts_at),
            duration_minutes: Set(seed.duration_minutes),
            lang: Set(seed.spoken_lang),
            capacity: Set(seed.capacity),
            join_url: Set(seed.join_url.clone()),
            replay_url: Set(seed.replay_url.clone()),
            original_lang: Set(seed.original_lang),
            status: Set(ContentStatus::Published),
            created_at: Set(starts_at - Duration::days(30)),
            version: Set(1),
            time_zone: Set(seed.time_zone.clone()),
            registration_open: Set(seed.registration_open),
            captions: Set(seed.captions),
            sign_language: Set(seed.sign_language),
            seats_taken: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (lang, text) in &seed.translations {
            webinar_translation::ActiveModel {
                webinar_id: Set(row.id),
                lang: Set(lang.clone()),
                title: Set(text.title.trim().to_string()),
                description_md: Set(text.description_md.trim().to_string()),
                speakers: Set(String::new()),
                transcript_md: Set(text.transcript_md.as_ref().map(|t| t.trim().to_string())),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for (position, speaker) in seed.speakers.iter().enumerate() {
            webinar_speaker::ActiveModel {
                webinar_id: Set(row.id),
                position: Set(position as i32 + 1),
                name: Set(speaker.name.clone()),
                role: Set(speaker.role.clone()),
                interview_id: Set(speaker
                    .interview
                    .as_ref()
                    .and_then(|s| interviews.get(s).copied())),
                organisation_id: Set(speaker
                    .organisation
                    .as_ref()
                    .and_then(|s| organisations.get(s).copied())),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for code in &seed.competences {
            let competence_id = *competences
                .get(code)
                .ok_or_else(|| bad(format!("unknown competence {code}")))?;
            webinar_competence::ActiveModel {
                webinar_id: Set(row.id),
                competence_id: Set(competence_id),
            }
            .insert(&txn)
            .await?;
        }
        for slug in &seed.job_profiles {
            let job_profile_id = *profiles
                .get(slug)
                .ok_or_else(|| bad(format!("unknown job profile {slug}")))?;
            webinar_job_profile::ActiveModel {
                webinar_id: Set(row.id),
                job_profile_id: Set(job_profile_id),
            }
            .insert(&txn)
            .await?;
        }
        if seed.replay_url.is_some() {
            for slug in &seed.pathways {
                super::seed_extras::point_a_watch_step(&txn, slug, row.id).await?;
            }
        }
        if full.as_deref() == Some(seed.slug.as_str()) {
            super::seed_extras::fill(&txn, &row, seed.original_lang).await?;
        }
    }
    crate::entities::app_meta::ActiveModel {
        key: Set(MARKER.into()),
        value: Set(Utc::now().to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}
