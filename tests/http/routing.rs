//! Language prefixes, redirects, the switcher, `hreflang` and 404s.

use crate::support::each_db;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};

const PAGES: [&str; 7] = [
    "",
    "jobs",
    "jobs/civic-tech-developer",
    "interviews",
    "interviews/giulia-ferri-community-manager",
    "organisations",
    "organisations/bitsociale-cooperativa",
];

#[tokio::test]
async fn root_redirects_by_accept_language() {
    for app in each_db().await {
        for (accept, expected) in [
            (Some("fr-BE,fr;q=0.9,en;q=0.5"), "/fr/"),
            (Some("de-DE,de;q=0.9"), "/en/"),
            (Some("it;q=0.4, es;q=0.8"), "/es/"),
            (Some("it-IT"), "/it/"),
            (Some("garbage;;;q=x"), "/en/"),
            (None, "/en/"),
        ] {
            let mut req = Request::get("/");
            if let Some(accept) = accept {
                req = req.header(header::ACCEPT_LANGUAGE, accept);
            }
            let page = app
                .send(req.body(Body::empty()).unwrap_or_else(|e| panic!("{e}")))
                .await;
            assert_eq!(page.status, StatusCode::FOUND, "{accept:?}");
            assert_eq!(page.headers[header::LOCATION], expected, "{accept:?}");
        }
    }
}

#[tokio::test]
async fn every_page_exists_in_every_language_with_alternates() {
    for app in each_db().await {
        for lang in ["en", "fr", "es", "it"] {
            for path in PAGES {
                let uri = format!("/{lang}/{path}");
                let page = app.ok(&uri).await;
                assert_eq!(page.attrs("html", "lang"), vec![lang.to_string()], "{uri}");
                assert_eq!(page.texts("h1").len(), 1, "one h1 on {uri}");
                assert_eq!(page.texts("main").len(), 1, "one main on {uri}");
                // The first skip link leads to the content; a list adds one to its results.
                let skips = page.attrs("a.skip-link", "href");
                assert_eq!(skips.first().map(String::as_str), Some("#main"), "{uri}");
                assert!(skips.iter().skip(1).all(|s| s == "#results"), "{uri}: {skips:?}");
                let mut alternates = page.attrs("link[rel=alternate][hreflang]", "hreflang");
                alternates.sort();
                assert_eq!(alternates, vec!["en", "es", "fr", "it", "x-default"], "{uri}");
                let fr_alt = page.attrs("link[rel=alternate][hreflang=fr]", "href");
                assert_eq!(fr_alt, vec![format!("https://academy.test/fr/{path}")], "{uri}");
                // The switcher leads to the same page in every language.
                let mut switch = page.attrs("nav.lang-switch a", "href");
                switch.sort();
                let mut expected: Vec<String> = ["en", "es", "fr", "it"]
                    .iter()
                    .map(|l| format!("/{l}/{path}"))
                    .collect();
                expected.sort();
                assert_eq!(switch, expected, "{uri}");
            }
        }
    }
}

#[tokio::test]
async fn trailing_slashes_are_the_same_page() {
    for app in each_db().await {
        assert_eq!(app.get("/fr/").await.status, StatusCode::OK);
        assert_eq!(app.get("/fr").await.status, StatusCode::OK);
        assert_eq!(app.get("/fr/jobs/").await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn unknown_language_and_slugs_are_localised_404s() {
    for app in each_db().await {
        for uri in ["/de/", "/de/jobs", "/xx/organisations/conecta-mayores"] {
            assert_eq!(app.get(uri).await.status, StatusCode::NOT_FOUND, "{uri}");
        }
        for (uri, title) in [
            ("/fr/jobs/nope", "Page introuvable"),
            ("/es/interviews/nope", "Página no encontrada"),
            ("/it/organisations/nope", "Pagina non trovata"),
            ("/en/not-a-section", "Page not found"),
            ("/en/jobs/civic-tech-developer/extra", "Page not found"),
        ] {
            let page = app.get(uri).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
            assert_eq!(page.texts("h1"), vec![title.to_string()], "{uri}");
            assert_eq!(
                page.texts("title"),
                vec![format!("{title} · Social Tech Academy")],
                "{uri}"
            );
            assert_eq!(page.texts("main").len(), 1);
        }
    }
}

#[tokio::test]
async fn unknown_language_404_speaks_the_readers_language() {
    for app in each_db().await {
        let req = Request::get("/de/jobs")
            .header(header::ACCEPT_LANGUAGE, "es-ES")
            .body(Body::empty())
            .unwrap_or_else(|e| panic!("{e}"));
        let page = app.send(req).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert_eq!(page.attrs("html", "lang"), vec!["es".to_string()]);
        assert_eq!(page.texts("h1"), vec!["Página no encontrada".to_string()]);
    }
}

#[tokio::test]
async fn static_assets_are_served() {
    for app in each_db().await {
        let css = app.get("/assets/site.css").await;
        assert_eq!(css.status, StatusCode::OK);
        assert!(css.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or("")
            .starts_with("text/css"));
        assert!(css.body.contains(":focus-visible"));
        assert_eq!(app.get("/favicon.svg").await.status, StatusCode::OK);
        let robots = app.ok("/robots.txt").await;
        assert!(robots.body.contains("Sitemap: https://academy.test/sitemap.xml"));
    }
}

#[tokio::test]
async fn the_sitemap_lists_every_page_in_every_language() {
    for app in each_db().await {
        let page = app.ok("/sitemap.xml").await;
        assert!(page.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or("")
            .starts_with("application/xml"));
        // Home + 7 lists + 3 legal pages + 12 job profiles + 12 interviews + 12 organisations
        // + 64 offers + 6 pathways + 14 resources + 13 webinars, in 4 languages.
        assert_eq!(page.body.matches("<url>").count(), 144 * 4, "[{}]", app.name);
        assert!(page
            .body
            .contains("<loc>https://academy.test/fr/pathways/open-data-for-associations</loc>"));
        assert!(page
            .body
            .contains("<loc>https://academy.test/it/jobs/open-data-officer</loc>"));
        assert!(page
            .body
            .contains("hreflang=\"es\" href=\"https://academy.test/es/organisations/conecta-mayores\""));
    }
}

#[tokio::test]
async fn security_headers_on_every_response() {
    for app in each_db().await {
        for uri in [
            "/fr/jobs",
            "/fr/jobs/nope",
            "/",
            "/assets/site.css",
            "/sitemap.xml",
        ] {
            let page = app.get(uri).await;
            let csp = page.headers[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap_or("")
                .to_string();
            assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
            assert_eq!(page.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{uri}");
            assert_eq!(
                page.headers[header::REFERRER_POLICY],
                "strict-origin-when-cross-origin",
                "{uri}"
            );
            assert_eq!(page.headers[header::X_FRAME_OPTIONS], "DENY", "{uri}");
        }
    }
}

#[tokio::test]
async fn oversized_request_bodies_are_refused() {
    for app in each_db().await {
        let body = "x".repeat(2 * 1024 * 1024);
        let req = Request::post("/_server/list_jobs")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::CONTENT_LENGTH, body.len())
            .body(Body::from(body))
            .unwrap_or_else(|e| panic!("{e}"));
        let page = app.send(req).await;
        assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    }
}
