//! The webinar programme and pages: upcoming ones first (soonest first) then past ones with
//! their replays, the filters, a page in the reader's zone (named; the organiser's beside it;
//! a zone picked on the page is remembered; an account's zone wins), the public calendar file
//! (RFC 5545, parsed back) and the Atom feed, and the join link never in a public response.

use crate::sql::{text, texts};
use crate::support::{each_db, TestApp};
use axum::http::StatusCode;

/// The published webinars, by start: those still to come, or those over.
pub(crate) async fn slugs(app: &TestApp, past: bool) -> Vec<String> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let now = chrono::Utc::now();
    app::entities::webinar::Entity::find()
        .filter(app::entities::webinar::Column::Status.eq(app::content::ContentStatus::Published))
        .order_by_asc(app::entities::webinar::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|w| (w.starts_at + chrono::Duration::minutes(i64::from(w.duration_minutes)) < now) == past)
        .map(|w| w.slug)
        .collect()
}

/// When webinar `slug` starts.
async fn start_of(app: &TestApp, slug: &str) -> chrono::DateTime<chrono::Utc> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    app::entities::webinar::Entity::find()
        .filter(app::entities::webinar::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .ok()
        .flatten()
        .map(|w| w.starts_at)
        .unwrap_or_default()
}

fn linked(page: &crate::support::Page, section: &str) -> Vec<String> {
    page.attrs(&format!("#{section} ~ ul .webinar-card h2 a"), "href")
        .into_iter()
        .map(|href| href.rsplit('/').next().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn the_programme_lists_upcoming_soonest_first_then_past_ones() {
    for app in each_db().await {
        let page = app.ok("/en/webinars").await;
        let upcoming = slugs(&app, false).await;
        let mut past = slugs(&app, true).await;
        past.reverse();
        assert!(upcoming.len() >= 6 && past.len() >= 4, "[{}] the demo", app.name);
        assert_eq!(
            linked(&page, "upcoming-title"),
            upcoming,
            "[{}] soonest first",
            app.name
        );
        assert_eq!(linked(&page, "past-title"), past, "[{}] latest first", app.name);
        assert!(page.body.contains("Replay available"));
        assert!(
            page.body.contains("Full: waiting list open"),
            "[{}] the full one",
            app.name
        );
        assert!(
            page.body.contains("Brussels time"),
            "[{}] the zone named",
            app.name
        );

        let only_past = app.ok("/en/webinars?when=past").await;
        assert!(linked(&only_past, "upcoming-title").is_empty());
        assert_eq!(linked(&only_past, "past-title").len(), past.len());
        let signed = app.ok("/en/webinars?access=sign_language").await;
        let all: Vec<String> = [linked(&signed, "upcoming-title"), linked(&signed, "past-title")].concat();
        let expected = texts(
            &app,
            "SELECT slug FROM webinars WHERE sign_language = TRUE ORDER BY slug",
        )
        .await;
        let mut got = all.clone();
        got.sort();
        assert_eq!(got, expected, "[{}]", app.name);
        let spanish = app.ok("/en/webinars?lang=es").await;
        for slug in [linked(&spanish, "upcoming-title"), linked(&spanish, "past-title")].concat() {
            assert_eq!(
                text(&app, &format!("SELECT lang FROM webinars WHERE slug = '{slug}'")).await,
                "es"
            );
        }
        let odd = app
            .get("/en/webinars?when=yesterday&access=%00&job=%3Cx%3E")
            .await;
        assert_eq!(
            odd.status,
            StatusCode::OK,
            "[{}] a bad query is a notice",
            app.name
        );
    }
}

#[tokio::test]
async fn a_webinar_page_speaks_the_readers_zone_and_names_it() {
    for app in each_db().await {
        let slug = "proteccion-de-datos-para-entidades-pequenas";
        let page = app.ok(&format!("/en/webinars/{slug}")).await;
        let lead = page.texts("p.lead time").join("");
        assert!(lead.ends_with("Brussels time"), "[{}] {lead}", app.name);
        assert!(
            page.body.contains("Canary Islands time"),
            "[{}] the organiser's zone beside",
            app.name
        );
        assert!(
            page.body.contains("/en/interviews/javier-ortega-privacidad"),
            "[{}] the speaker's interview",
            app.name
        );

        // A zone picked on the page is used and remembered.
        let mut reader = app.client();
        let madrid = reader
            .ok_page(&format!("/en/webinars/{slug}?tz=Europe/Madrid"))
            .await;
        assert!(madrid.texts("p.lead time").join("").ends_with("Madrid time"));
        let next = reader.ok_page("/en/webinars").await;
        assert!(
            next.body.contains("Times are shown in Madrid time"),
            "[{}] remembered",
            app.name
        );
        // A zone that does not exist is not taken.
        let junk = reader
            .ok_page(&format!("/en/webinars/{slug}?tz=Mars/Olympus"))
            .await;
        assert!(junk.texts("p.lead time").join("").ends_with("Madrid time"));

        let past = app.ok("/fr/webinars/une-journee-de-data-steward").await;
        assert!(
            past.texts("h2").iter().any(|h| h.contains("Transcription")),
            "[{}] {:?}",
            app.name,
            past.texts("h2")
        );
        assert_eq!(
            app.get("/fr/webinars/pas-de-webinaire").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/fr/webinars/..%2Fetc").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn the_public_calendar_parses_back_and_the_join_link_never_leaks() {
    for app in each_db().await {
        let slug = "accessibilita-tastiera-e-lettore-di-schermo";
        let file = app.ok(&format!("/it/webinars/{slug}.ics")).await;
        let unfolded = icalendar::parser::unfold(&file.body);
        let calendar = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}"));
        let event = calendar
            .components
            .iter()
            .find(|c| c.name == "VEVENT")
            .unwrap_or_else(|| panic!("[{}] no event", app.name));
        let property = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
                .unwrap_or_default()
        };
        // The instant, in UTC: a calendar shows it in its own zone, across daylight saving.
        let start = start_of(&app, slug).await;
        assert_eq!(property("DTSTART"), start.format("%Y%m%dT%H%M%SZ").to_string());
        assert_eq!(property("UID"), format!("webinar-{slug}@academy.test"));
        assert!(property("URL").ends_with(&format!("/it/webinars/{slug}")));

        // Every public response, for every webinar: no join link.
        let links = texts(&app, "SELECT join_url FROM webinars WHERE join_url IS NOT NULL").await;
        let mut pages: Vec<String> = vec![
            "/en/webinars".into(),
            "/fr/webinars?when=past".into(),
            "/en/webinars/feed.atom".into(),
            "/sitemap.xml".into(),
        ];
        for slug in texts(&app, "SELECT slug FROM webinars").await {
            pages.push(format!("/fr/webinars/{slug}"));
            pages.push(format!("/en/webinars/{slug}.ics"));
        }
        for uri in pages {
            let body = app.get(&uri).await.body;
            for link in &links {
                assert!(!body.contains(link.as_str()), "[{}] {uri} shows {link}", app.name);
            }
        }
    }
}

#[tokio::test]
async fn the_atom_feed_lists_upcoming_webinars_with_the_filters() {
    for app in each_db().await {
        let feed = app.ok("/fr/webinars/feed.atom?lang=fr").await;
        let parsed =
            atom_syndication::Feed::read_from(feed.body.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let mut expected = Vec::new();
        for slug in slugs(&app, false).await {
            if text(&app, &format!("SELECT lang FROM webinars WHERE slug = '{slug}'")).await == "fr" {
                expected.push(slug);
            }
        }
        let got: Vec<String> = parsed
            .entries()
            .iter()
            .map(|e| e.id().rsplit('/').next().unwrap_or_default().to_string())
            .collect();
        assert_eq!(got, expected, "[{}]", app.name);
    }
}
