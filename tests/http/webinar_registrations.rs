//! Registering for webinars: capacity never exceeded by parallel registrations, a freed seat to
//! the first person waiting exactly once, double opt-in for an e-mail address (counted once
//! its link is opened, expired after 48 hours), registering twice refused, a cancel link used
//! twice, a closed webinar refused, tampered links not found.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location, TestApp};
use app::webinars::codes::RegistrationStatus;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub(crate) async fn webinar(app: &TestApp, slug: &str) -> app::entities::webinar::Model {
    app::entities::webinar::Entity::find()
        .filter(app::entities::webinar::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("[{}] no webinar {slug}", app.name))
}

async fn count(app: &TestApp, id: i32, status: RegistrationStatus) -> i64 {
    scalar(
        app,
        &format!(
            "SELECT COUNT(*) FROM webinar_registrations WHERE webinar_id = {id} AND status = '{}'",
            status.code()
        ),
    )
    .await
}

/// The personal link in the last mail to `to`.
pub(crate) async fn link_in_mail(app: &TestApp, to: &str) -> String {
    let body = text(
        app,
        &format!("SELECT body FROM outbox WHERE to_address = '{to}' ORDER BY id DESC LIMIT 1"),
    )
    .await;
    let at = body
        .find("/webinars/registration/")
        .unwrap_or_else(|| panic!("no link in: {body}"));
    let path: String = body[at..].chars().take_while(|c| !c.is_whitespace()).collect();
    let lang = &body[..at].rsplit('/').next().unwrap_or("en").to_string();
    format!("/{lang}{path}")
}

#[tokio::test]
async fn fifty_parallel_registrations_never_exceed_ten_seats() {
    for app in each_db().await {
        let row = webinar(&app, "inside-a-volunteer-matching-platform").await;
        app.exec(&format!(
            "UPDATE webinars SET capacity = 10, seats_taken = 0 WHERE id = {}",
            row.id
        ))
        .await;
        let row = webinar(&app, "inside-a-volunteer-matching-platform").await;
        // Fifty addresses registered, then fifty confirmation links opened at the same instant.
        let mut links = Vec::new();
        for n in 0..50 {
            let registered = app::webinars::registrations::register(
                &app.db,
                &row,
                None,
                &format!("crowd{n}@example.org"),
                app::i18n::Lang::En,
                false,
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|e| panic!("{e:?}"));
            links.push(format!("/en/webinars/registration/{}", registered.token));
        }
        let pages = futures::future::join_all(links.iter().map(|l| app.get(l))).await;
        assert!(pages.iter().all(|p| p.status == StatusCode::OK), "[{}]", app.name);
        assert_eq!(
            count(&app, row.id, RegistrationStatus::Confirmed).await,
            10,
            "[{}]",
            app.name
        );
        assert_eq!(
            count(&app, row.id, RegistrationStatus::Waiting).await,
            40,
            "[{}]",
            app.name
        );
        assert_eq!(webinar(&app, &row.slug).await.seats_taken, 10, "[{}]", app.name);
        // Opening a link again changes nothing.
        app.ok(&links[0]).await;
        assert_eq!(count(&app, row.id, RegistrationStatus::Confirmed).await, 10);
    }
}

#[tokio::test]
async fn a_freed_seat_goes_to_the_first_waiting_person_exactly_once() {
    for app in each_db().await {
        let slug = "como-eligio-sus-herramientas-nuestra-cooperativa";
        let row = webinar(&app, slug).await;
        assert_eq!(row.seats_taken, 12, "[{}] the demo fills it", app.name);
        // Two seat holders cancel at the same instant: each of the two waiting gets one seat.
        let holders: Vec<_> = [1, 2]
            .iter()
            .map(|n| app::auth::secret::digest(&format!("demo-{slug}-{n}")))
            .collect();
        let regs = futures::future::join_all(holders.iter().map(|h| {
            app::entities::webinar_registration::Entity::find()
                .filter(app::entities::webinar_registration::Column::TokenHash.eq(h.clone()))
                .one(&app.db)
        }))
        .await;
        let regs: Vec<_> = regs.into_iter().filter_map(|r| r.ok().flatten()).collect();
        let done = futures::future::join_all(
            regs.iter()
                .map(|r| app::webinars::registrations::cancel(&app.db, r)),
        )
        .await;
        assert!(
            done.iter().all(|d| matches!(
                d,
                Ok(app::webinars::registrations::Cancelled::Now { promoted: Some(_) })
            )),
            "[{}] {done:?}",
            app.name
        );
        assert_eq!(count(&app, row.id, RegistrationStatus::Waiting).await, 0);
        assert_eq!(count(&app, row.id, RegistrationStatus::Confirmed).await, 12);
        assert_eq!(
            webinar(&app, slug).await.seats_taken,
            12,
            "[{}] never more",
            app.name
        );

        // Through the personal link: the next cancellation frees a seat nobody waits for; the
        // same link used twice says so.
        let mut holder = app.client();
        let page = holder
            .ok_page(&format!("/es/webinars/registration/demo-{slug}-3"))
            .await;
        let token = csrf_of(&page);
        let cancel = format!("/es/webinars/registration/demo-{slug}-3/cancel");
        let first = holder.post(&cancel, &[("csrf_token", &token)]).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        assert_eq!(webinar(&app, slug).await.seats_taken, 11, "[{}]", app.name);
        let second = holder.post(&cancel, &[("csrf_token", &token)]).await;
        assert_eq!(second.status, StatusCode::SEE_OTHER, "[{}] politely", app.name);
        assert_eq!(webinar(&app, slug).await.seats_taken, 11);
        assert_eq!(
            app.get(&format!("/es/webinars/registration/not-{slug}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn an_email_registration_counts_once_its_link_is_opened() {
    for app in each_db().await {
        let slug = "contribuer-a-la-civic-tech-quand-on-debute";
        let row = webinar(&app, slug).await;
        let page = format!("/fr/webinars/{slug}");
        let register = format!("{page}/register");
        let mut reader = app.client();
        let bad = reader
            .submit(&page, &register, &[("email", "pas-une-adresse")])
            .await;
        let back = reader.follow(&bad).await;
        assert_eq!(back.texts("#field-email-error").len(), 1, "[{}]", app.name);
        let sent = reader
            .submit(&page, &register, &[("email", "Lea.Martin@Example.org")])
            .await;
        assert_eq!(location(&sent), format!("{page}#register"), "[{}]", app.name);
        assert_eq!(count(&app, row.id, RegistrationStatus::Pending).await, 1);
        assert_eq!(
            webinar(&app, slug).await.seats_taken,
            0,
            "[{}] no seat before confirming",
            app.name
        );
        // Twice: refused politely, nothing doubled.
        let again = reader
            .submit(&page, &register, &[("email", "lea.martin@example.org")])
            .await;
        let back = reader.follow(&again).await;
        assert_eq!(back.texts("#field-email-error").len(), 1);
        assert_eq!(count(&app, row.id, RegistrationStatus::Pending).await, 1);

        let link = link_in_mail(&app, "lea.martin@example.org").await;
        let confirmed = app.ok(&link).await;
        assert!(
            confirmed.body.contains("place"),
            "[{}] {}",
            app.name,
            confirmed.body
        );
        assert_eq!(count(&app, row.id, RegistrationStatus::Confirmed).await, 1);
        assert_eq!(webinar(&app, slug).await.seats_taken, 1);

        // An unconfirmed registration past 48 hours holds nothing, and its link says so.
        reader
            .submit(&page, &register, &[("email", "late@example.org")])
            .await;
        app.exec("UPDATE webinar_registrations SET created_at = '2020-01-01T00:00:00+00:00' WHERE email = 'late@example.org'")
            .await;
        let late = link_in_mail(&app, "late@example.org").await;
        let expired = app.ok(&late).await;
        assert!(expired.body.contains("48"), "[{}]", app.name);
        assert_eq!(webinar(&app, slug).await.seats_taken, 1);

        // A past webinar: refused.
        let past = "une-journee-de-data-steward";
        let refused = reader
            .submit(
                &page,
                &format!("/fr/webinars/{past}/register"),
                &[("email", "x@example.org")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM webinar_registrations WHERE email = 'x@example.org'"
            )
            .await,
            0
        );

        // Signed in: one click, and a registration made with the address becomes theirs.
        let mut learner = person(
            &app,
            Some(("learner@example.org", "learner's own long passphrase")),
        )
        .await;
        let one_click = learner.submit(&page, &register, &[]).await;
        assert_eq!(location(&one_click), format!("{page}#register"), "[{}]", app.name);
        let mine = learner.ok_page(&page).await;
        assert!(
            !mine.texts("#register .notice").is_empty(),
            "[{}] says it",
            app.name
        );
    }
}

#[tokio::test]
async fn registrations_by_email_are_limited_per_client() {
    for app in each_db().await {
        let page = "/en/webinars/inside-a-volunteer-matching-platform";
        let register = format!("{page}/register");
        let limit = app::web::rate_limit::Bucket::WebinarByEmail.limit();
        let mut visitor = app.client();
        visitor.ip = "198.51.100.7".into();
        for n in 0..limit {
            let sent = visitor
                .submit(page, &register, &[("email", &format!("many{n}@example.org"))])
                .await;
            assert_eq!(location(&sent), format!("{page}#register"), "[{}] {n}", app.name);
        }
        let refused = visitor
            .submit(page, &register, &[("email", "one-more@example.org")])
            .await;
        let back = visitor.follow(&refused).await;
        assert!(
            back.texts("#field-email-error")
                .iter()
                .any(|e| e.contains("minute")),
            "[{}] {:?}",
            app.name,
            back.texts("#field-email-error")
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM webinar_registrations WHERE email = 'one-more@example.org'"
            )
            .await,
            0
        );
        // Another client is not held back.
        let mut other = app.client();
        other.ip = "198.51.100.8".into();
        let sent = other
            .submit(page, &register, &[("email", "another@example.org")])
            .await;
        assert_eq!(location(&sent), format!("{page}#register"), "[{}]", app.name);
    }
}
