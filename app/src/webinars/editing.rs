//! A webinar as its editors write it (`content::edit`): when (a day and a time in the
//! organiser's zone, which is what they type and what stays right across daylight-saving
//! changes), how long, how many seats, the language spoken, the join and replay links, the
//! accessibility provisions, competences and job profiles, up to `SPEAKERS` speakers (name,
//! role, the interview or organisation they link to); and the title, description and transcript
//! of each language. Registration open or closed is not here: organisers switch it at once on
//! the registrations page, without a review.

use crate::content::edit::{Editable, TextSpec};
use crate::content::snapshot::joined;
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::entities::{
    competence, interview, job_profile, organisation, webinar, webinar_competence, webinar_job_profile,
    webinar_speaker, webinar_translation,
};
use crate::i18n::Lang;
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::BTreeMap;

pub use super::codes::SPEAKERS;

/// The text fields of one language of a webinar.
pub const TEXTS: [TextSpec; 3] = [
    TextSpec {
        name: "title",
        markdown: false,
        required: true,
        max: 200,
        rows: 0,
    },
    TextSpec {
        name: "description_md",
        markdown: true,
        required: true,
        max: 20_000,
        rows: 12,
    },
    TextSpec {
        name: "transcript_md",
        markdown: true,
        required: false,
        max: 100_000,
        rows: 12,
    },
];

pub static EDITABLE: Editable = Editable {
    kind: ContentKind::Webinar,
    title_field: "title",
    texts: &TEXTS,
    read: |txn, id| read(txn, id).boxed(),
    apply: |txn, id, snapshot| apply(txn, id, snapshot).boxed(),
    describe,
    more_texts: crate::content::edit::no_more_texts,
};

fn describe(field: &str, value: &str, lang: Lang) -> Option<String> {
    match field {
        "spoken_lang" => Lang::parse(value).map(|l| crate::i18n::tr(lang, &l.endonym_key())),
        "time_zone" => Some(super::when::zone_label(value, lang)),
        _ => None,
    }
}

/// The instant of `day` at `time` in zone `zone` (`None`: not a day, time or zone, or a time
/// the clocks skip that day). A time that happens twice (clocks going back) is the first.
pub fn instant(day: &str, time: &str, zone: &str) -> Option<DateTime<Utc>> {
    let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").ok()?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
    let tz: chrono_tz::Tz = zone.parse().ok()?;
    tz.from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// The speaker field `name` of speaker `n` (from 1): `speaker.1.name`.
pub fn speaker_field(n: usize, name: &str) -> String {
    format!("speaker.{n}.{name}")
}

async fn read(txn: &DatabaseTransaction, id: i32) -> Result<Option<(Snapshot, Lang)>, DbErr> {
    let Some(row) = webinar::Entity::find_by_id(id).one(txn).await? else {
        return Ok(None);
    };
    let local = row.starts_at.with_timezone(&super::when::zone(&row.time_zone));
    let competence_ids: Vec<i32> = webinar_competence::Entity::find()
        .filter(webinar_competence::Column::WebinarId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .map(|c| c.competence_id)
        .collect();
    let competences = competence::Entity::find()
        .filter(competence::Column::Id.is_in(competence_ids))
        .all(txn)
        .await?;
    let job_ids: Vec<i32> = webinar_job_profile::Entity::find()
        .filter(webinar_job_profile::Column::WebinarId.eq(id))
        .all(txn)
        .await?
        .into_iter()
        .map(|j| j.job_profile_id)
        .collect();
    let jobs = job_profile::Entity::find()
        .filter(job_profile::Column::Id.is_in(job_ids))
        .all(txn)
        .await?;
    let yes = |on: bool| if on { "yes" } else { "" }.to_string();
    let mut snapshot = Snapshot::default();
    for (name, value) in [
        ("starts_on", local.format("%Y-%m-%d").to_string()),
        ("starts_time", local.format("%H:%M").to_string()),
        ("time_zone", row.time_zone.clone()),
        ("duration_minutes", row.duration_minutes.to_string()),
        (
            "capacity",
            row.capacity.map(|c| c.to_string()).unwrap_or_default(),
        ),
        ("spoken_lang", row.lang.code().to_string()),
        ("join_url", row.join_url.clone().unwrap_or_default()),
        ("replay_url", row.replay_url.clone().unwrap_or_default()),
        ("captions", yes(row.captions)),
        ("sign_language", yes(row.sign_language)),
        ("competences", joined(competences.iter().map(|c| c.code.as_str()))),
        ("job_profiles", joined(jobs.iter().map(|j| j.slug.as_str()))),
    ] {
        snapshot.fields.insert(name.into(), value);
    }
    let speakers = webinar_speaker::Entity::find()
        .filter(webinar_speaker::Column::WebinarId.eq(id))
        .order_by_asc(webinar_speaker::Column::Position)
        .all(txn)
        .await?;
    for (n, speaker) in speakers.iter().take(SPEAKERS).enumerate() {
        let interview = match speaker.interview_id {
            Some(i) => interview::Entity::find_by_id(i).one(txn).await?.map(|i| i.slug),
            None => None,
        };
        let organisation = match speaker.organisation_id {
            Some(o) => organisation::Entity::find_by_id(o)
                .one(txn)
                .await?
                .map(|o| o.slug),
            None => None,
        };
        for (name, value) in [
            ("name", speaker.name.clone()),
            ("role", speaker.role.clone()),
            ("interview", interview.unwrap_or_default()),
            ("organisation", organisation.unwrap_or_default()),
        ] {
            snapshot.fields.insert(speaker_field(n + 1, name), value);
        }
    }
    for t in webinar_translation::Entity::find()
        .filter(webinar_translation::Column::WebinarId.eq(id))
        .all(txn)
        .await?
    {
        let Some(lang) = Lang::parse(&t.lang) else {
            continue;
        };
        let texts: BTreeMap<String, String> = [
            ("title", t.title),
            ("description_md", t.description_md),
            ("transcript_md", t.transcript_md.unwrap_or_default()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        snapshot.texts.insert(lang, texts);
    }
    Ok(Some((snapshot, row.original_lang)))
}

async fn apply(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    let f = |name: &str| snapshot.field(name).trim().to_string();
    let link = |name: &str| Some(f(name)).filter(|l| !l.is_empty());
    let zone = f("time_zone");
    let row = webinar::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("webinar {id}")))?;
    webinar::ActiveModel {
        id: Set(id),
        starts_at: Set(instant(&f("starts_on"), &f("starts_time"), &zone).unwrap_or(row.starts_at)),
        time_zone: Set(if zone.parse::<chrono_tz::Tz>().is_ok() {
            zone
        } else {
            row.time_zone.clone()
        }),
        duration_minutes: Set(f("duration_minutes").parse().unwrap_or(row.duration_minutes)),
        capacity: Set(f("capacity").parse().ok()),
        lang: Set(Lang::parse(&f("spoken_lang")).unwrap_or(row.lang)),
        join_url: Set(link("join_url")),
        replay_url: Set(link("replay_url")),
        captions: Set(!f("captions").is_empty()),
        sign_language: Set(!f("sign_language").is_empty()),
        ..Default::default()
    }
    .update(txn)
    .await?;
    super::editing_lists::replace(txn, id, snapshot).await?;
    crate::content::text::save_texts(
        txn,
        id,
        snapshot,
        &TEXTS,
        |lang| webinar_translation::ActiveModel {
            webinar_id: Set(id),
            lang: Set(lang.code().into()),
            speakers: Set(String::new()),
            ..Default::default()
        },
        |row, text| {
            row.title = Set(text("title"));
            row.description_md = Set(text("description_md"));
            row.transcript_md = Set(Some(text("transcript_md")).filter(|t| !t.trim().is_empty()));
        },
    )
    .await?;
    Ok(())
}
