//! The partner space: an editor sees their organisation's content in every status, counted by
//! status and kind, never another organisation's; an administrator picks any organisation;
//! the former address redirects.

use crate::authorization::person;
use crate::sql::scalar;
use crate::support::{each_db, location, TestApp};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const ADMIN: (&str, &str) = ("admin@example.org", "demo admin of the academy");

/// Makes a draft copy of an offer of organisation `slug`, titled `title` in English.
async fn draft_offer(app: &TestApp, slug: &str, title: &str) {
    let org = scalar(
        app,
        &format!("SELECT id FROM organisations WHERE slug = '{slug}'"),
    )
    .await;
    let key = title.to_lowercase().replace(' ', "-");
    app.exec(&format!(
        "INSERT INTO offers (slug, kind, organisation_id, work_mode, original_lang, status, posted_at) \
         VALUES ('{key}', 'job', {org}, 'remote', 'en', 'draft', CURRENT_TIMESTAMP)"
    ))
    .await;
    let id = scalar(app, &format!("SELECT id FROM offers WHERE slug = '{key}'")).await;
    app.exec(&format!(
        "INSERT INTO offer_translations (offer_id, lang, title, description_md) VALUES ({id}, 'en', '{title}', 'Text.')"
    ))
    .await;
}

#[tokio::test]
async fn the_former_address_redirects_to_the_partner_space() {
    for app in each_db().await {
        let page = app.get("/fr/publish").await;
        assert_eq!(page.status, StatusCode::PERMANENT_REDIRECT, "[{}]", app.name);
        assert_eq!(location(&page), "/fr/partner", "[{}]", app.name);
    }
}

#[tokio::test]
async fn an_editor_sees_every_status_of_their_organisation_and_nothing_of_another() {
    for app in each_db().await {
        draft_offer(&app, "bitsociale-cooperativa", "Own draft offer").await;
        draft_offer(&app, "conecta-mayores", "Foreign draft offer").await;
        let mut editor = person(&app, Some(EDITOR)).await;

        let page = editor.get("/en/partner").await;
        assert_eq!(page.status, StatusCode::OK, "[{}]", app.name);
        assert_eq!(page.texts("h1"), vec!["Partner space"]);
        let titles = page.texts("tbody th");
        assert!(
            titles.contains(&"Own draft offer".to_string()),
            "[{}] {titles:?}",
            app.name
        );
        assert!(
            !titles.iter().any(|t| t == "Foreign draft offer"),
            "[{}]",
            app.name
        );
        let counts = page.texts("nav a");
        // The demo's workflow gives each organisation a draft resource, an offer in review and a
        // rejected one.
        for expected in [
            "Draft (2)",
            "In review (1)",
            "Rejected (1)",
            "Archived (0)",
            "Organisation profile (1)",
        ] {
            assert!(
                counts.iter().any(|c| c == expected),
                "[{}] {expected}: {counts:?}",
                app.name
            );
        }
        let published = scalar(
            &app,
            "SELECT COUNT(*) FROM offers o JOIN organisations g ON g.id = o.organisation_id \
             WHERE g.slug = 'bitsociale-cooperativa' AND o.status = 'published'",
        )
        .await;
        assert!(published > 0, "[{}] the demo organisation has offers", app.name);
        assert!(
            counts.iter().any(|c| c == &format!("Offers ({})", published + 3)),
            "[{}] {counts:?}",
            app.name
        );

        // Filters: drafts only, offers only; each row says its status.
        let drafts = editor.get("/en/partner?status=draft&kind=offer").await;
        assert_eq!(
            drafts.texts("tbody th"),
            vec!["Own draft offer"],
            "[{}]",
            app.name
        );
        assert_eq!(drafts.texts("tbody td .tag"), vec!["Draft"]);
        let offers = editor.get("/en/partner?kind=offer&status=published").await;
        assert_eq!(offers.texts("tbody th").len() as i64, published, "[{}]", app.name);

        // Another organisation named in the address is not theirs: ignored, and said so.
        let other = editor
            .get("/en/partner?org=conecta-mayores&status=draft&kind=offer")
            .await;
        assert_eq!(other.status, StatusCode::OK);
        assert_eq!(other.texts("tbody th"), vec!["Own draft offer"], "[{}]", app.name);
        assert!(
            other.body.contains("organisation you act for"),
            "[{}] the notice",
            app.name
        );
    }
}

#[tokio::test]
async fn an_administrator_picks_the_organisation_to_act_for() {
    for app in each_db().await {
        draft_offer(&app, "conecta-mayores", "Foreign draft offer").await;
        let mut admin = person(&app, Some(ADMIN)).await;
        let page = admin.get("/fr/partner").await;
        assert_eq!(page.status, StatusCode::OK);
        let choices = page.attrs("select[name=org] option", "value");
        let organisations = scalar(&app, "SELECT COUNT(*) FROM organisations").await;
        assert_eq!(choices.len() as i64, organisations, "[{}]", app.name);
        let picked = admin
            .get("/fr/partner?org=conecta-mayores&status=draft&kind=offer")
            .await;
        assert_eq!(
            picked.texts("tbody th"),
            vec!["Foreign draft offer"],
            "[{}]",
            app.name
        );
        assert_eq!(
            picked.attrs("select[name=org] option[selected]", "value"),
            vec!["conecta-mayores"]
        );
        assert_eq!(picked.texts("tbody td .tag"), vec!["Brouillon"]);
    }
}
