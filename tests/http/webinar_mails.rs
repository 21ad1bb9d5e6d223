//! A registration's mails after the first: the confirmation with its calendar file, reminders
//! 24 hours and 1 hour before and "the replay is online" after, each written once even with two
//! app servers sweeping at the same instant; one click stops them; the person's private
//! calendar (on the account page, with the join link, resettable); cancelling while signed in.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{each_db, location, TestApp};
use crate::webinar_registrations::{link_in_mail, webinar};
use app::entities::webinar as row;
use app::webinars::mails;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, Set};

const SLUG: &str = "inside-a-volunteer-matching-platform";
const LEARNER: (&str, &str) = ("learner@example.org", "learner's own long passphrase");

/// Moves the webinar to start at `start`, with `replay` when given.
async fn move_to(app: &TestApp, start: chrono::DateTime<Utc>, replay: Option<&str>) {
    let id = webinar(app, SLUG).await.id;
    row::ActiveModel {
        id: Set(id),
        starts_at: Set(start),
        replay_url: Set(replay.map(str::to_string)),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
}

/// Two app servers sweep at the same instant; returns how many mails they wrote together.
async fn sweep_twice(app: &TestApp) -> usize {
    let now = Utc::now();
    let (a, b) = tokio::join!(
        mails::sweep(&app.db, "http://academy.test", now),
        mails::sweep(&app.db, "http://academy.test", now)
    );
    a.unwrap_or_else(|e| panic!("[{}] {e:?}", app.name))
        + b.unwrap_or_else(|e| panic!("[{}] {e:?}", app.name))
}

async fn mails_like(app: &TestApp, subject: &str) -> i64 {
    scalar(
        app,
        &format!(
            "SELECT COUNT(*) FROM outbox WHERE to_address = '{}' AND subject LIKE '{subject}%'",
            LEARNER.0
        ),
    )
    .await
}

#[tokio::test]
async fn each_mail_goes_out_once_whatever_the_number_of_servers() {
    for app in each_db().await {
        let page = format!("/en/webinars/{SLUG}");
        let mut learner = person(&app, Some(LEARNER)).await;
        learner.submit(&page, &format!("{page}/register"), &[]).await;

        // The confirmation, at once, with the calendar file and the person's calendar address.
        assert_eq!(mails_like(&app, "You are registered").await, 1, "[{}]", app.name);
        let sql = format!(
            "SELECT attachment FROM outbox WHERE to_address = '{}' AND attachment_name = '{SLUG}.ics'",
            LEARNER.0
        );
        let ics = text(&app, &sql).await;
        assert!(
            ics.contains("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"),
            "{ics}"
        );
        assert!(
            ics.contains("meet.example.org"),
            "a seat holder's file has the join link"
        );
        let body = text(
            &app,
            &format!(
                "SELECT body FROM outbox WHERE to_address = '{}' AND attachment IS NOT NULL",
                LEARNER.0
            ),
        )
        .await;
        assert!(body.contains("/en/webinars/my-calendar/"), "{body}");
        assert!(body.contains("/en/webinars/registration/"), "{body}");
        assert_eq!(sweep_twice(&app).await, 0, "[{}] nothing more is due", app.name);

        // Tomorrow: one "tomorrow" reminder, whichever server sweeps, however often.
        app.exec("UPDATE webinar_registrations SET confirmed_at = '2020-01-01T00:00:00+00:00'")
            .await;
        move_to(&app, Utc::now() + Duration::hours(23), None).await;
        assert_eq!(sweep_twice(&app).await, 1, "[{}]", app.name);
        assert_eq!(sweep_twice(&app).await, 0, "[{}]", app.name);
        assert_eq!(mails_like(&app, "Tomorrow").await, 1, "[{}]", app.name);
        let unsubscribe = text(
            &app,
            &format!(
                "SELECT list_unsubscribe FROM outbox WHERE to_address = '{}' AND subject LIKE 'Tomorrow%'",
                LEARNER.0
            ),
        )
        .await;
        assert!(unsubscribe.ends_with("/reminders-off"), "{unsubscribe}");

        // In an hour: the second reminder, once.
        move_to(&app, Utc::now() + Duration::minutes(50), None).await;
        assert_eq!(sweep_twice(&app).await, 1, "[{}]", app.name);
        assert_eq!(sweep_twice(&app).await, 0, "[{}]", app.name);
        assert_eq!(mails_like(&app, "In one hour").await, 1, "[{}]", app.name);

        // Over, with a replay: "the replay is online", once.
        move_to(&app, Utc::now() - Duration::hours(3), None).await;
        assert_eq!(sweep_twice(&app).await, 0, "[{}] no replay yet", app.name);
        move_to(
            &app,
            Utc::now() - Duration::hours(3),
            Some("https://video.example.org/r"),
        )
        .await;
        assert_eq!(sweep_twice(&app).await, 1, "[{}]", app.name);
        assert_eq!(sweep_twice(&app).await, 0, "[{}]", app.name);
        assert_eq!(
            mails_like(&app, "The replay is online").await,
            1,
            "[{}]",
            app.name
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM webinar_mails m JOIN webinar_registrations r ON r.id = m.registration_id \
                 WHERE r.email = 'learner@example.org'"
            )
            .await,
            4,
            "[{}] confirmation, two reminders, replay",
            app.name
        );
    }
}

#[tokio::test]
async fn one_click_stops_the_reminders_and_every_mail_link_works() {
    for app in each_db().await {
        let page = format!("/en/webinars/{SLUG}");
        let mut learner = person(&app, Some(LEARNER)).await;
        learner.submit(&page, &format!("{page}/register"), &[]).await;
        // The link of the confirmation opens the personal page.
        let link = link_in_mail(&app, LEARNER.0).await;
        let personal = app.client().ok_page(&link).await;
        assert!(
            personal.body.contains("reminders-off"),
            "[{}] the page offers to stop reminders",
            app.name
        );
        // A mail client's one-click POST (RFC 8058), with no form token and no session.
        let url = text(
            &app,
            &format!(
                "SELECT list_unsubscribe FROM outbox WHERE to_address = '{}' AND list_unsubscribe IS NOT NULL",
                LEARNER.0
            ),
        )
        .await;
        let path = &url[url.find("/en/").unwrap_or(0)..];
        let done = app
            .client()
            .post(path, &[("List-Unsubscribe", "One-Click")])
            .await;
        assert!(done.status.is_redirection(), "[{}] {}", app.name, done.status);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM webinar_registrations WHERE email = 'learner@example.org' AND reminders = false"
            )
            .await,
            1,
            "[{}]",
            app.name
        );
        app.exec("UPDATE webinar_registrations SET confirmed_at = '2020-01-01T00:00:00+00:00'")
            .await;
        move_to(&app, Utc::now() + Duration::hours(23), None).await;
        assert_eq!(sweep_twice(&app).await, 0, "[{}] no reminder", app.name);
        // The page turns them back on; a tampered link is a 404.
        let bad = app
            .client()
            .post("/en/webinars/registration/not-a-token/reminders-off", &[])
            .await;
        assert_eq!(bad.status, axum::http::StatusCode::NOT_FOUND, "[{}]", app.name);
    }
}

#[tokio::test]
async fn the_account_page_lists_my_webinars_and_my_private_calendar() {
    for app in each_db().await {
        let page = format!("/en/webinars/{SLUG}");
        let mut learner = person(&app, Some(LEARNER)).await;
        let account = learner.ok_page("/en/account/webinars").await;
        assert_eq!(account.texts("main h1").len(), 1, "[{}]", app.name);
        learner.submit(&page, &format!("{page}/register"), &[]).await;
        let account = learner.ok_page("/en/account/webinars").await;
        let titles = account.texts(".my-webinars li a");
        assert_eq!(
            titles,
            vec!["Inside a volunteer-matching platform: how Coup de Main works".to_string()],
            "[{}]",
            app.name
        );
        let url = account.attrs("#my-calendar-url", "value").join("");
        let feed = &url[url.find("/en/").unwrap_or(0)..];

        // Opened by a calendar application, without a session: the webinar with its join link
        // once the seat is held.
        let calendar = app.client().get(feed).await;
        assert_eq!(
            calendar.status,
            axum::http::StatusCode::OK,
            "[{}] {feed}",
            app.name
        );
        assert!(
            calendar
                .body
                .contains("SUMMARY:Inside a volunteer-matching platform"),
            "{}",
            calendar.body
        );
        assert!(
            calendar.body.contains("meet.example.org"),
            "the join link is in the private calendar"
        );

        // Cancelled from the webinar's page: marked cancelled in the calendar; twice is polite.
        let cancel = format!("{page}/cancel");
        let done = learner.submit(&page, &cancel, &[]).await;
        assert_eq!(location(&done), format!("{page}#register"), "[{}]", app.name);
        let again = learner.submit(&page, &cancel, &[]).await;
        assert_eq!(location(&again), format!("{page}#register"), "[{}]", app.name);
        let calendar = app.client().get(feed).await;
        assert!(calendar.body.contains("STATUS:CANCELLED"), "{}", calendar.body);

        // A new address: the old one is gone at once.
        learner
            .submit("/en/account/webinars", "/en/webinars/my-calendar/reset", &[])
            .await;
        assert_eq!(
            app.client().get(feed).await.status,
            axum::http::StatusCode::NOT_FOUND
        );
        let account = learner.ok_page("/en/account/webinars").await;
        let renewed = account.attrs("#my-calendar-url", "value").join("");
        assert!(!renewed.is_empty() && renewed != url, "[{}]", app.name);
        // Nobody signed out may reset anyone's.
        let stranger = app.client().post("/en/webinars/my-calendar/reset", &[]).await;
        assert!(stranger.status.is_client_error() || stranger.status.is_redirection());
    }
}
