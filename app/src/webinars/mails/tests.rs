//! The rules of when each mail is due, on hand-made registrations.

use super::*;
use crate::i18n::Lang;

fn at(hours: i64) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2027-03-28T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_default()
        + Duration::hours(hours)
}

fn webinar(replay: bool) -> webinar::Model {
    webinar::Model {
        id: 1,
        slug: "w".into(),
        organisation_id: None,
        starts_at: at(0),
        duration_minutes: 60,
        lang: Lang::En,
        capacity: Some(10),
        join_url: Some("https://meet.example.org/w".into()),
        replay_url: replay.then(|| "https://video.example.org/w".into()),
        original_lang: Lang::En,
        status: ContentStatus::Published,
        created_at: at(-100),
        version: 1,
        time_zone: "Europe/Paris".into(),
        registration_open: true,
        captions: false,
        sign_language: false,
        seats_taken: 1,
    }
}

fn registration(status: RegistrationStatus, confirmed: i64, reminders: bool) -> webinar_registration::Model {
    webinar_registration::Model {
        id: 1,
        webinar_id: 1,
        user_id: None,
        email: "a@example.org".into(),
        lang: Lang::Fr,
        status,
        token_hash: String::new(),
        created_at: at(confirmed),
        confirmed_at: Some(at(confirmed)),
        cancelled_at: None,
        reminders,
    }
}

#[test]
fn each_mail_has_its_time() {
    let seat = registration(RegistrationStatus::Confirmed, -72, true);
    let row = webinar(true);
    assert_eq!(due(&seat, &row, at(-48)), vec![MailKind::Confirmation]);
    assert_eq!(
        due(&seat, &row, at(-23)),
        vec![MailKind::Confirmation, MailKind::Reminder24h]
    );
    assert_eq!(
        due(&seat, &row, at(-1)),
        vec![MailKind::Confirmation, MailKind::Reminder1h]
    );
    assert_eq!(due(&seat, &row, at(0)), Vec::<MailKind>::new(), "during: nothing");
    assert_eq!(due(&seat, &row, at(2)), vec![MailKind::Replay]);
    assert_eq!(
        due(&seat, &webinar(false), at(2)),
        Vec::<MailKind>::new(),
        "no replay yet"
    );
    assert_eq!(
        due(&seat, &row, at(24 * 20)),
        Vec::<MailKind>::new(),
        "too long ago"
    );
}

#[test]
fn a_late_seat_gets_no_tomorrow_and_stopped_reminders_stay_stopped() {
    let late = registration(RegistrationStatus::Confirmed, -3, true);
    assert_eq!(due(&late, &webinar(true), at(-2)), vec![MailKind::Confirmation]);
    let stopped = registration(RegistrationStatus::Confirmed, -72, false);
    assert_eq!(
        due(&stopped, &webinar(true), at(-23)),
        vec![MailKind::Confirmation]
    );
    assert_eq!(due(&stopped, &webinar(true), at(2)), Vec::<MailKind>::new());
    let waiting = registration(RegistrationStatus::Waiting, -72, true);
    assert_eq!(due(&waiting, &webinar(true), at(-23)), Vec::<MailKind>::new());
    assert_eq!(
        due(&waiting, &webinar(true), at(2)),
        vec![MailKind::Replay],
        "the replay is for them too"
    );
}
