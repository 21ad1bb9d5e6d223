//! The pages the law asks for: the privacy notice (drawn from every feature's declaration of
//! personal data, with the periods in force), the accessibility statement, the legal notice
//! (from the operator's settings), all four languages, linked from every page; security.txt.

use crate::support::{each_db, sqlite, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn legal_pages_are_in_every_language_and_linked_from_every_page() {
    let app = sqlite().await;
    for lang in ["en", "fr", "es", "it"] {
        let home = app.ok(&format!("/{lang}/")).await;
        let footer = home.attrs("footer nav a", "href");
        for page in ["privacy", "accessibility", "legal"] {
            let path = format!("/{lang}/{page}");
            assert!(footer.contains(&path), "{lang}: {footer:?}");
            let shown = app.ok(&path).await;
            assert_eq!(shown.texts("h1").len(), 1, "{path}");
            assert!(shown.body.contains(&format!("<html lang=\"{lang}\"")), "{path}");
            assert!(
                shown
                    .body
                    .contains("Social Tech Academy (demonstration association)"),
                "{path}"
            );
            assert!(
                !shown.body.contains("privacy-") && !shown.body.contains("legal-"),
                "{path}: a key shown raw"
            );
        }
    }
    let offers = app.ok("/fr/offers").await;
    assert!(offers
        .attrs("footer nav a", "href")
        .contains(&"/fr/privacy".to_string()));
    let english = app.ok("/en/privacy").await.texts("h1");
    let french = app.ok("/fr/privacy").await.texts("h1");
    assert_ne!(english, french, "translated");
    let sitemap = app.ok("/sitemap.xml").await;
    for page in ["privacy", "accessibility", "legal"] {
        assert!(
            sitemap.body.contains(&format!("/en/{page}<")),
            "{page} in the sitemap"
        );
    }
}

#[tokio::test]
async fn the_privacy_notice_lists_what_every_feature_keeps_and_the_periods_in_force() {
    for app in each_db().await {
        let mut settings = app.settings().clone();
        settings.retention.audit_days = 400;
        settings.retention.unconfirmed_days = 21;
        let router = server::build_router(&settings, server::app_state(&settings, app.db.clone()));
        let page = TestApp::send_to(
            router,
            axum::http::Request::get("/en/privacy")
                .body(axum::body::Body::empty())
                .unwrap_or_else(|e| panic!("{e}")),
        )
        .await;
        assert_eq!(page.status, StatusCode::OK, "[{}]", app.name);
        let features = app::personal_data_features();
        let parts = page.attrs("section.notice-part h3", "id");
        assert_eq!(parts.len(), features.len(), "[{}] {parts:?}", app.name);
        for feature in &features {
            assert!(
                parts.contains(&format!("part-{}", feature.notice)),
                "{}",
                feature.notice
            );
        }
        let text = page.texts("main").join(" ");
        assert!(text.contains("400 days"), "the audit period in force: {text}");
        assert!(text.contains("21 days"), "the unconfirmed period in force");
        assert!(text.contains("365 days"), "the default for anonymous learners");
        assert!(text.contains("sta_session"), "the one cookie, named");
        assert!(
            text.contains("privacy@academy.example"),
            "the data-protection contact"
        );
        assert!(text.contains("Demo Hosting Cooperative"), "the host");
        for link in ["/en/account", "/en/account/delete"] {
            assert!(page.attrs("main a", "href").contains(&link.to_string()), "{link}");
        }
    }
}

#[tokio::test]
async fn the_legal_notice_and_the_accessibility_statement_name_the_operator() {
    let app = sqlite().await;
    let legal = app.ok("/it/legal").await;
    let text = legal.texts("main").join(" ");
    for expected in [
        "Social Tech Academy (demonstration association)",
        "69001 Lyon",
        "contact@academy.example",
        "Demo Hosting Cooperative",
        "AGPL-3.0-or-later",
        "CC BY-SA 4.0",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert_eq!(legal.texts("address").len(), 1);
    let statement = app.ok("/es/accessibility").await;
    let text = statement.texts("main").join(" ");
    assert!(
        text.contains("WCAG") && text.contains("2.1") && text.contains("EN 301 549"),
        "{text}"
    );
    let links = statement.attrs("main a", "href");
    assert!(
        links.contains(&"mailto:contact@academy.example".to_string()),
        "{links:?}"
    );

    // An operator who has not said who they are: the pages say so rather than invent.
    let mut settings = app.settings().clone();
    settings.operator = Default::default();
    let router = server::build_router(&settings, server::app_state(&settings, app.db.clone()));
    let bare = TestApp::send_to(
        router.clone(),
        axum::http::Request::get("/en/legal")
            .body(axum::body::Body::empty())
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    assert!(
        bare.body.contains("not given yet by the operator"),
        "{}",
        bare.body
    );
    let no_contact = TestApp::send_to(
        router,
        axum::http::Request::get("/.well-known/security.txt")
            .body(axum::body::Body::empty())
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    assert_eq!(no_contact.status, StatusCode::NOT_FOUND, "no contact, no file");
}

#[tokio::test]
async fn security_txt_follows_rfc_9116() {
    let app = sqlite().await;
    let file = app.ok("/.well-known/security.txt").await;
    assert!(file
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain")));
    let field = |name: &str| {
        file.body
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("{name} missing: {}", file.body))
    };
    assert_eq!(field("Contact"), "mailto:contact@academy.example");
    assert_eq!(
        field("Canonical"),
        "https://academy.test/.well-known/security.txt"
    );
    assert_eq!(field("Preferred-Languages"), "en, fr, es, it");
    let expires = chrono::DateTime::parse_from_rfc3339(&field("Expires")).unwrap_or_else(|e| panic!("{e}"));
    let days = (expires.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_days();
    assert!((30..366).contains(&days), "expires within a year: {days} days");
}
