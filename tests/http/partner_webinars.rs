//! Webinars from the partner space: a draft checked on the server (a zero length, a start in
//! the past, a time the clocks skip, a zone that does not exist, each on its field with every
//! value kept), its day and time kept in the organiser's zone, review and publication; the
//! organisers' registrations (list, CSV, registration closed at once); other organisations
//! kept out.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location};
use crate::webinar_registrations::webinar;
use axum::http::StatusCode;
use chrono::{Duration, TimeZone, Utc};

const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const OTHER_EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const ORGANISER: (&str, &str) = (
    "editor.teixit-digital-cooperativa@example.org",
    "demo editor of the academy",
);
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");
const NEW: &str = "/es/partner/webinars/new?org=conecta-mayores";
const TITLE: &str = "Taller pangolín de videollamadas";

#[tokio::test]
async fn an_editor_publishes_a_webinar_through_review() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let form = editor.ok_page(NEW).await;
        assert_eq!(
            form.attrs("#field-time-zone option[selected]", "value"),
            vec!["Europe/Madrid"]
        );
        let day = (Utc::now() + Duration::days(10)).format("%Y-%m-%d").to_string();
        let base = [
            ("title", TITLE),
            ("description_md", "Cómo acompañar una **primera** videollamada."),
            ("duration_minutes", "90"),
            ("capacity", "20"),
            ("join_url", "https://meet.example.org/pangolin"),
            ("captions", "on"),
            ("competence_2.1", "on"),
            ("speaker.1.name", "Lucía Pérez"),
            ("speaker.1.role", "formadora de Conecta Mayores"),
            ("action", "save"),
        ];

        // Bad input: each problem on its field, everything typed kept, nothing created.
        for (changes, field) in [
            (vec![("duration_minutes", "0")], "#field-duration-minutes-error"),
            (vec![("starts_on", "2020-01-01")], "#field-starts-on-error"),
            (vec![("time_zone", "Mars/Olympus")], "#field-time-zone-error"),
            (
                vec![("starts_on", "2027-03-28"), ("starts_time", "02:30")],
                "#field-starts-time-error",
            ),
            (vec![("capacity", "-3")], "#field-capacity-error"),
        ] {
            let mut fields = base.to_vec();
            fields.extend(changes);
            let refused = editor.send_form(NEW, &fields).await;
            assert_eq!(
                location(&refused),
                "/es/partner/webinars/new",
                "[{}] {field}",
                app.name
            );
            let back = editor.follow(&refused).await;
            assert_eq!(back.texts(field).len(), 1, "[{}] {field}", app.name);
            assert_eq!(back.attrs("#field-title", "value"), vec![TITLE], "[{}]", app.name);
        }
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM webinar_translations WHERE title = '{TITLE}'")
            )
            .await,
            0
        );

        let mut fields = base.to_vec();
        fields.extend([("starts_on", day.as_str()), ("starts_time", "18:30")]);
        let created = editor.send_form(NEW, &fields).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let item = location(&created);
        assert!(item.starts_with("/es/partner/webinars/"), "{item}");
        let id = scalar(
            &app,
            &format!("SELECT webinar_id FROM webinar_translations WHERE title = '{TITLE}'"),
        )
        .await;
        let row = webinar(&app, "taller-pangolin-de-videollamadas").await;
        assert_eq!(i64::from(row.id), id);
        // 18:30 in Madrid, as typed, whatever the season.
        let madrid = chrono_tz::Europe::Madrid
            .from_local_datetime(
                &chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                    .unwrap_or_default()
                    .and_hms_opt(18, 30, 0)
                    .unwrap_or_default(),
            )
            .earliest()
            .map(|d| d.with_timezone(&Utc));
        assert_eq!(Some(row.starts_at), madrid, "[{}]", app.name);
        assert_eq!(
            (row.duration_minutes, row.capacity, row.captions),
            (90, Some(20), true)
        );
        assert_eq!(
            text(
                &app,
                &format!("SELECT name FROM webinar_speakers WHERE webinar_id = {id}")
            )
            .await,
            "Lucía Pérez"
        );
        let page = editor.ok_page(&item).await;
        assert_eq!(
            page.attrs("#field-starts-time", "value"),
            vec!["18:30"],
            "[{}]",
            app.name
        );
        assert!(page
            .attrs("input[checked]", "name")
            .contains(&"competence_2.1".to_string()));
        assert_eq!(
            app.get("/es/webinars/taller-pangolin-de-videollamadas")
                .await
                .status,
            StatusCode::NOT_FOUND,
            "[{}] a draft is not public",
            app.name
        );

        // Another organisation's editor is kept out of the form and the registrations.
        let mut other = person(&app, Some(OTHER_EDITOR)).await;
        assert_eq!(other.get(&item).await.status, StatusCode::NOT_FOUND);
        for path in ["registrations", "registrations.csv"] {
            let status = other.get(&format!("{item}/{path}")).await.status;
            assert!(
                matches!(status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
                "[{}] {path}: {status}",
                app.name
            );
        }

        // Sent for review, approved: public, in the programme.
        let sent = editor.send_form(&item, &[("action", "submit")]).await;
        assert_eq!(location(&sent), item, "[{}]", app.name);
        let mut moderator = person(&app, Some(MODERATOR)).await;
        let queue = moderator.ok_page("/en/moderation?kind=webinar").await;
        assert!(
            queue.texts("tbody th a").iter().any(|t| t.contains("pangolín")),
            "[{}] {:?}",
            app.name,
            queue.texts("tbody th")
        );
        let review = format!("/en/moderation/webinars/{id}");
        moderator.ok_page(&review).await;
        let done = moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        let public = app.ok("/es/webinars/taller-pangolin-de-videollamadas").await;
        assert!(public.body.contains("Lucía Pérez"), "[{}]", app.name);
        assert!(
            !public.body.contains("meet.example.org/pangolin"),
            "[{}] no join link",
            app.name
        );
        let programme = app.ok("/es/webinars").await;
        assert!(programme.body.contains(TITLE), "[{}]", app.name);
    }
}

#[tokio::test]
async fn organisers_see_export_and_close_the_registrations() {
    for app in each_db().await {
        let row = webinar(&app, "como-eligio-sus-herramientas-nuestra-cooperativa").await;
        let page = format!("/es/partner/webinars/{}/registrations", row.id);
        let mut organiser = person(&app, Some(ORGANISER)).await;
        let list = organiser.ok_page(&page).await;
        assert_eq!(
            list.texts("tbody tr").len(),
            14,
            "[{}] 12 seats and 2 waiting",
            app.name
        );

        let csv = organiser.get(&format!("{page}.csv")).await;
        assert_eq!(csv.status, StatusCode::OK, "[{}]", app.name);
        assert!(csv.headers["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/csv"));
        let lines: Vec<&str> = csv.body.lines().collect();
        assert_eq!(lines.len(), 15, "[{}] a header and 14 people", app.name);
        assert!(lines[1].contains("participant1.como-eligio"), "{}", lines[1]);

        // A capacity below the seats taken is refused on its field.
        let form = format!("/es/partner/webinars/{}", row.id);
        let refused = organiser
            .send_form(&form, &[("capacity", "5"), ("action", "save")])
            .await;
        let back = organiser.follow(&refused).await;
        assert_eq!(back.texts("#field-capacity-error").len(), 1, "[{}]", app.name);

        // Closed at once, without a review: nobody can register, the seats stay.
        let list_token = csrf_of(&list);
        let closed = organiser
            .post(
                &format!("{page}/open"),
                &[("csrf_token", &list_token), ("open", "0")],
            )
            .await;
        assert_eq!(location(&closed), page, "[{}]", app.name);
        assert!(!webinar(&app, &row.slug).await.registration_open);
        let public = format!("/es/webinars/{}", row.slug);
        let mut visitor = app.client();
        let page_now = visitor.ok_page(&public).await;
        assert!(
            page_now.texts("#register form").is_empty(),
            "[{}] no form once closed",
            app.name
        );
        // A form posted from a page opened before it closed is refused on its field.
        let token = csrf_of(&visitor.ok_page("/es/account/sign-in").await);
        let refused = visitor
            .post(
                &format!("{public}/register"),
                &[("csrf_token", &token), ("email", "nueva@example.org")],
            )
            .await;
        let back = visitor.follow(&refused).await;
        assert!(
            back.body
                .contains("La inscripción para este webinario está cerrada."),
            "[{}]",
            app.name
        );
        assert_eq!(webinar(&app, &row.slug).await.seats_taken, 12);
        organiser
            .post(
                &format!("{page}/open"),
                &[("csrf_token", &list_token), ("open", "1")],
            )
            .await;
        assert!(webinar(&app, &row.slug).await.registration_open);

        // A learner or another organisation's editor sees nothing.
        let mut other = person(&app, Some(OTHER_EDITOR)).await;
        assert!(other.get(&page).await.status.is_client_error());
        let mut learner = app.client();
        assert!(!learner.get(&format!("{page}.csv")).await.status.is_success());
    }
}
