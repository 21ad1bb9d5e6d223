//! A change to the offers reaches every app server's index as that offer only: the servers
//! apply the changed offers in place and rebuild nothing, also when changes are written in
//! parallel while people search; a bulk change still rebuilds.

use crate::sql::scalar;
use crate::support::{each_db, Page, TestApp};
use app::state::AppState;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use sea_orm::TransactionTrait;
use tower_http::normalize_path::NormalizePath;

async fn search(server: &NormalizePath<Router>, uri: &str) -> Page {
    let request = Request::get(uri)
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"));
    let page = TestApp::send_to(server.clone(), request).await;
    assert_eq!(page.status, StatusCode::OK, "GET {uri}: {}", page.body);
    page
}

fn titles(page: &Page) -> Vec<String> {
    page.texts(".offer-card h2")
}

/// (full builds, updates in place) of one app server's index.
fn counts(state: &AppState) -> (u64, u64) {
    state.offer_search.index.counts()
}

/// Open published offers with a French text, oldest id first.
async fn open_offers(app: &TestApp, n: i64) -> Vec<i32> {
    let mut ids = Vec::new();
    for k in 0..n {
        let id = scalar(
            app,
            &format!(
                "SELECT id FROM offers WHERE status = 'published' AND valid_until >= CURRENT_DATE \
                 AND id IN (SELECT offer_id FROM offer_translations WHERE lang = 'fr') ORDER BY id LIMIT 1 OFFSET {k}"
            ),
        )
        .await;
        ids.push(i32::try_from(id).unwrap_or_default());
    }
    ids
}

/// Renames offer `id` in French and tells the index, in one transaction (as the write path does).
async fn rename(app: &TestApp, id: i32, title: &str) {
    let txn = app.db.begin().await.unwrap_or_else(|e| panic!("{e}"));
    sea_orm::ConnectionTrait::execute_unprepared(
        &txn,
        &format!("UPDATE offer_translations SET title = '{title}' WHERE offer_id = {id} AND lang = 'fr'"),
    )
    .await
    .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
    app::offers::index::reindex(&txn, id)
        .await
        .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
    txn.commit().await.unwrap_or_else(|e| panic!("{e}"));
}

#[tokio::test]
async fn changes_reach_every_server_without_a_rebuild() {
    for app in each_db().await {
        let (one, two) = (app.state(), app.state());
        let servers = [app.router_on(one.clone()), app.router_on(two.clone())];
        for server in &servers {
            assert!(titles(&search(server, "/fr/offers?q=wombat").await).is_empty());
        }
        assert_eq!(
            (counts(&one), counts(&two)),
            ((1, 0), (1, 0)),
            "[{}] built once",
            app.name
        );

        let ids = open_offers(&app, 2).await;
        rename(&app, ids[0], "Animatrice wombat numérique").await;
        for server in &servers {
            let page = search(server, "/fr/offers?q=WOMBAT").await;
            assert_eq!(
                titles(&page),
                vec!["Animatrice wombat numérique"],
                "[{}]",
                app.name
            );
        }
        assert_eq!(
            (counts(&one), counts(&two)),
            ((1, 1), (1, 1)),
            "[{}] in place",
            app.name
        );

        // Withdrawn: gone from both servers, still without a rebuild.
        app.exec(&format!(
            "UPDATE offers SET status = 'archived' WHERE id = {}",
            ids[0]
        ))
        .await;
        app::offers::index::reindex(&app.db, ids[0])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        for server in &servers {
            assert!(
                titles(&search(server, "/fr/offers?q=wombat").await).is_empty(),
                "[{}]",
                app.name
            );
        }
        // Published again now: back, and the newest of all.
        app.exec(&format!(
            "UPDATE offers SET status = 'published', posted_at = CURRENT_TIMESTAMP WHERE id = {}",
            ids[0]
        ))
        .await;
        app::offers::index::reindex(&app.db, ids[0])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        for server in &servers {
            let page = search(server, "/fr/offers?sort=newest").await;
            assert_eq!(
                titles(&page).first().map(String::as_str),
                Some("Animatrice wombat numérique"),
                "[{}] newest first",
                app.name
            );
        }
        assert_eq!(
            (counts(&one), counts(&two)),
            ((1, 3), (1, 3)),
            "[{}] in place",
            app.name
        );

        // A bulk change (no offer named) rebuilds.
        app::offers::index::touch(&app.db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        search(&servers[0], "/fr/offers?q=wombat").await;
        assert_eq!(counts(&one).0, 2, "[{}] rebuilt after a bulk change", app.name);
    }
}

#[tokio::test]
async fn parallel_changes_and_searches_leave_every_server_right() {
    for app in each_db().await {
        let (one, two) = (app.state(), app.state());
        let servers = [app.router_on(one.clone()), app.router_on(two.clone())];
        for server in &servers {
            search(server, "/fr/offers").await;
        }
        let ids = open_offers(&app, 12).await;
        let mut tasks = Vec::new();
        for (n, id) in ids.iter().copied().enumerate() {
            let db = app.db.clone();
            let name = app.name;
            tasks.push(tokio::spawn(async move {
                // The same as `rename`, with the task's own handle on the database.
                let txn = db.begin().await.unwrap_or_else(|e| panic!("{e}"));
                sea_orm::ConnectionTrait::execute_unprepared(
                    &txn,
                    &format!(
                        "UPDATE offer_translations SET title = 'Coordinatrice numbat {n}' \
                         WHERE offer_id = {id} AND lang = 'fr'"
                    ),
                )
                .await
                .unwrap_or_else(|e| panic!("[{name}] {e}"));
                app::offers::index::reindex(&txn, id)
                    .await
                    .unwrap_or_else(|e| panic!("[{name}] {e}"));
                txn.commit().await.unwrap_or_else(|e| panic!("[{name}] {e}"));
            }));
            let server = servers[n % 2].clone();
            tasks.push(tokio::spawn(async move {
                search(&server, "/fr/offers?q=numbat").await;
            }));
        }
        for task in tasks {
            task.await.unwrap_or_else(|e| panic!("{e}"));
        }
        for server in &servers {
            let page = search(server, "/fr/offers?q=numbat").await;
            let mut found = titles(&page);
            found.sort();
            let mut wanted: Vec<String> = (0..12).map(|n| format!("Coordinatrice numbat {n}")).collect();
            wanted.sort();
            assert_eq!(found, wanted, "[{}] all twelve found", app.name);
            assert!(page.texts(".result-count")[0].contains("12"), "[{}]", app.name);
        }
        for state in [&one, &two] {
            assert_eq!(
                counts(state).0,
                1,
                "[{}] never rebuilt: {:?}",
                app.name,
                counts(state)
            );
        }
    }
}
