//! Each app server keeps the offer search index in memory: a change to the offers, marked in
//! the database, is seen by the next search of every app server, and the result cache never
//! hides it.

use crate::sql::scalar;
use crate::support::{each_db, Page, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use tower_http::normalize_path::NormalizePath;

async fn search(server: &NormalizePath<Router>, uri: &str) -> Page {
    let request = Request::get(uri)
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"));
    let page = TestApp::send_to(server.clone(), request).await;
    assert_eq!(page.status, StatusCode::OK, "GET {uri}: {}", page.body);
    assert_eq!(page.texts("h1").len(), 1, "GET {uri}: a whole page");
    page
}

fn titles(page: &Page) -> Vec<String> {
    page.texts(".offer-card h2")
}

#[tokio::test]
async fn every_app_server_sees_a_changed_offer_at_its_next_search() {
    for app in each_db().await {
        // Two app servers on one database, each with its own index and result cache.
        let (first, second) = (app.router(), app.router());
        for server in [&first, &second] {
            let page = search(server, "/fr/offers?q=quokka").await;
            assert!(titles(&page).is_empty(), "[{}] nothing yet", app.name);
        }
        let id = scalar(
            &app,
            "SELECT MIN(id) FROM offers WHERE status = 'published' AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)",
        )
        .await;
        app.exec(&format!(
            "UPDATE offer_translations SET title = 'Animateur quokka numérique' WHERE offer_id = {id}"
        ))
        .await;
        app::offers::index::reindex(&app.db, i32::try_from(id).unwrap_or_default())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        for server in [&first, &second] {
            let page = search(server, "/fr/offers?q=QUOKKA").await;
            assert_eq!(
                titles(&page).first().map(String::as_str),
                Some("Animateur quokka numérique"),
                "[{}] the renamed offer is found at once",
                app.name
            );
        }
        // Closed by its closing date passing: gone from the next search.
        app.exec(&format!(
            "UPDATE offers SET valid_until = '2020-01-01' WHERE id = {id}"
        ))
        .await;
        app::offers::index::touch(&app.db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        for server in [&first, &second] {
            let page = search(server, "/fr/offers?q=quokka").await;
            assert!(
                titles(&page).is_empty(),
                "[{}] closed: {:?}",
                app.name,
                titles(&page)
            );
        }
    }
}
