//! The mails of a registration after its first, each written once whatever the number of app
//! servers: the `webinar_mails` row (primary key: registration and kind) and the message go in
//! one transaction, so a second writer finds the row and writes nothing.
//! - the confirmation ("you are registered", or "a seat is yours"), with the `.ics` attached —
//!   written at once by the request that gave the seat;
//! - reminders 24 hours and 1 hour before, and "the replay is online" after — written by the job
//!   runner's `webinar-mails` job (`sweep`), which also catches any confirmation not yet written.
//!
//! Each carries a personal link of its own and a one-click way to stop reminders (RFC 8058).

use super::codes::{MailKind, RegistrationStatus};
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{user, webinar, webinar_mail, webinar_registration, webinar_translation};
use crate::error::AppError;
use crate::i18n::{tr, tr_args};
use crate::mail::{letter, Attachment, Mail};
use crate::web::urls::Route;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use std::collections::{HashMap, HashSet};

/// The job runner's name for the sweep.
pub const JOB: &str = "webinar-mails";
/// "The replay is online" goes to registrations of webinars that ended this recently.
const REPLAY_DAYS: i64 = 14;

/// Writes mail `kind` for `reg` (of webinar `row`) unless it was written; `true` when written
/// now. `promoted`: the confirmation says "a seat was freed and it is yours".
pub async fn write_once(
    db: &DatabaseConnection,
    origin: &str,
    reg: &webinar_registration::Model,
    row: &webinar::Model,
    kind: MailKind,
    promoted: bool,
) -> Result<bool, AppError> {
    let txn = db.begin().await?;
    let inserted = webinar_mail::Entity::insert(webinar_mail::ActiveModel {
        registration_id: Set(reg.id),
        kind: Set(kind),
        sent_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([webinar_mail::Column::RegistrationId, webinar_mail::Column::Kind])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted == 0 {
        txn.rollback().await?;
        return Ok(false);
    }
    let token = super::links::new_link(&txn, reg.id).await?;
    let (mail, attachment) = compose(&txn, origin, reg, row, kind, promoted, &token).await?;
    mail.enqueue_with(&txn, attachment).await?;
    txn.commit().await?;
    Ok(true)
}

/// The message of mail `kind`, and its attachment.
async fn compose(
    db: &impl ConnectionTrait,
    origin: &str,
    reg: &webinar_registration::Model,
    row: &webinar::Model,
    kind: MailKind,
    promoted: bool,
    token: &str,
) -> Result<(Mail, Option<Attachment>), AppError> {
    let lang = reg.lang;
    let origin = origin.trim_end_matches('/');
    let person = match reg.user_id {
        Some(id) => user::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let zone = person
        .as_ref()
        .map(|p| p.time_zone.clone())
        .unwrap_or_else(|| crate::accounts::time_zone::default_for(lang).to_string());
    let texts = Texts::<webinar_translation::Model>::load(db, &[row.id]).await?;
    let title = texts
        .pick(row.id, row.original_lang, lang)
        .map(|(t, _)| t.title.clone())
        .unwrap_or_else(|| row.slug.clone());
    let when = super::when::when(row.starts_at, row.duration_minutes, &zone, lang);
    let personal = format!("{origin}{}/registration/{token}", Route::Webinars.at(lang));
    let args = |extra: &[(&'static str, String)]| {
        let mut all = vec![("title", title.clone().into()), ("when", when.clone().into())];
        all.extend(extra.iter().map(|(k, v)| (*k, v.clone().into())));
        all
    };
    let (subject, body) = match (kind, promoted) {
        (MailKind::Confirmation, true) => ("webinars-mail-seat-subject", "webinars-mail-seat-body"),
        (MailKind::Confirmation, false) => (
            "webinars-mail-registered-subject",
            "webinars-mail-registered-body",
        ),
        (MailKind::Reminder24h, _) => ("webinars-mail-day-subject", "webinars-mail-day-body"),
        (MailKind::Reminder1h, _) => ("webinars-mail-hour-subject", "webinars-mail-hour-body"),
        (MailKind::Replay, _) => ("webinars-mail-replay-subject", "webinars-mail-replay-body"),
    };
    let mut paragraphs = Vec::new();
    let mut attachment = None;
    if kind == MailKind::Replay {
        paragraphs.push(tr_args(lang, body, &args(&[])));
        paragraphs.push(format!("{origin}{}", Route::Webinar(&row.slug).at(lang)));
    } else {
        paragraphs.push(tr_args(lang, "webinars-mail-when", &args(&[])));
        paragraphs.push(tr_args(lang, body, &args(&[])));
        paragraphs.push(personal.clone());
    }
    if kind == MailKind::Confirmation {
        paragraphs.push(tr(lang, "webinars-mail-calendar-note"));
        if let Some(person) = &person {
            let feed = super::my_calendar::feed_url(db, origin, person, lang).await?;
            paragraphs.push(tr_args(lang, "webinars-mail-feed-note", &[("url", feed.into())]));
        }
        let join = (reg.status == RegistrationStatus::Confirmed)
            .then(|| row.join_url.clone())
            .flatten();
        let event = super::http::event(origin, row, &texts, lang, join);
        attachment = Some(Attachment {
            name: format!("{}.ics", row.slug),
            media_type: "text/calendar; method=PUBLISH; charset=utf-8".into(),
            text: super::calendar::calendar(&event.title.clone(), &[event]),
        });
    }
    if kind != MailKind::Replay {
        paragraphs.push(tr(lang, "webinars-mail-cancel-note"));
    }
    paragraphs.push(tr_args(
        lang,
        "webinars-mail-stop-note",
        &[("url", personal.clone().into())],
    ));
    let name = person
        .as_ref()
        .map(|p| p.display_name.clone())
        .unwrap_or_default();
    let mail = Mail {
        user_id: reg.user_id,
        to: reg.email.clone(),
        subject: tr_args(lang, subject, &args(&[])),
        body: letter(lang, &name, &paragraphs),
        list_unsubscribe: Some(format!("{personal}/reminders-off")),
    };
    Ok((mail, attachment))
}

/// The mails due at `now` for every live registration (the job's work); returns how many
/// were written.
pub async fn sweep(db: &DatabaseConnection, origin: &str, now: DateTime<Utc>) -> Result<usize, AppError> {
    let rows: Vec<webinar::Model> = webinar::Entity::find()
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .filter(webinar::Column::StartsAt.gt(now - Duration::days(REPLAY_DAYS + 1)))
        .all(db)
        .await?;
    let by_id: HashMap<i32, &webinar::Model> = rows.iter().map(|r| (r.id, r)).collect();
    let regs = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::WebinarId.is_in(by_id.keys().copied()))
        .filter(
            webinar_registration::Column::Status
                .is_in([RegistrationStatus::Confirmed, RegistrationStatus::Waiting]),
        )
        .all(db)
        .await?;
    let sent: HashSet<(i32, MailKind)> = webinar_mail::Entity::find()
        .filter(webinar_mail::Column::RegistrationId.is_in(regs.iter().map(|r| r.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.registration_id, m.kind))
        .collect();
    let mut written = 0;
    for reg in &regs {
        let Some(row) = by_id.get(&reg.webinar_id) else {
            continue;
        };
        for kind in due(reg, row, now) {
            if !sent.contains(&(reg.id, kind)) && write_once(db, origin, reg, row, kind, false).await? {
                written += 1;
            }
        }
    }
    Ok(written)
}

/// The mails registration `reg` of `row` should have had by `now` (the rules, apart from the
/// database). A reminder is only for a seat held before its time (who registers 3 hours before
/// gets the confirmation and the 1-hour reminder, not "tomorrow"); people who stopped
/// reminders get none, nor the replay mail.
pub fn due(reg: &webinar_registration::Model, row: &webinar::Model, now: DateTime<Utc>) -> Vec<MailKind> {
    let start = row.starts_at;
    let end = start + Duration::minutes(i64::from(row.duration_minutes));
    let seat = reg.status == RegistrationStatus::Confirmed;
    let held_by = |at: DateTime<Utc>| reg.confirmed_at.is_some_and(|c| c <= at);
    let mut kinds = Vec::new();
    if seat && now < start {
        kinds.push(MailKind::Confirmation);
    }
    if seat && reg.reminders {
        let day = start - Duration::hours(24);
        let hour = start - Duration::hours(1);
        if now >= day && now < hour && held_by(day) {
            kinds.push(MailKind::Reminder24h);
        }
        if now >= hour && now < start && held_by(hour) {
            kinds.push(MailKind::Reminder1h);
        }
    }
    if reg.reminders && row.replay_url.is_some() && now >= end && now < end + Duration::days(REPLAY_DAYS) {
        kinds.push(MailKind::Replay);
    }
    kinds
}

#[cfg(test)]
mod tests;
