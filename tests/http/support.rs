//! `TestApp`: a fresh database, migrated and loaded with the demo content, and the router.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use server::{db, Settings};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::normalize_path::NormalizePath;

/// A response, read whole.
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent (pictures).
    pub bytes: Vec<u8>,
}

impl Page {
    /// The parsed HTML.
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// The text of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let doc = self.html();
        let sel =
            scraper::Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector {selector}: {e}"));
        doc.select(&sel)
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    }

    /// The value of `attr` on every element matching `selector`.
    pub fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        let doc = self.html();
        let sel =
            scraper::Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector {selector}: {e}"));
        doc.select(&sel)
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }
}

/// One app on one fresh database, removed when the test ends (also when it fails).
pub struct TestApp {
    pub name: &'static str,
    pub db: DatabaseConnection,
    pub queries: Arc<AtomicUsize>,
    settings: Settings,
    /// What to remove at the end: the SQLite file's folder, or the PostgreSQL database.
    _cleanup: Cleanup,
}

/// Removes a test's database when dropped (during unwinding too).
enum Cleanup {
    /// The temporary folder of the SQLite file (removed with it).
    Folder(#[allow(dead_code)] tempfile::TempDir),
    /// A PostgreSQL database on the server named by the admin URL.
    Database { admin_url: String, name: String },
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let Cleanup::Database { admin_url, name } = self else {
            return;
        };
        let (admin_url, name) = (admin_url.clone(), name.clone());
        // Dropping needs a connection of its own; `WITH (FORCE)` ends the test's pool.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                return;
            };
            runtime.block_on(async {
                if let Ok(admin) = db::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

impl TestApp {
    async fn start(name: &'static str, url: String, cleanup: Cleanup) -> TestApp {
        let mut db = db::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{name}: connect {url}: {e}"));
        db::prepare(&db, true)
            .await
            .unwrap_or_else(|e| panic!("{name}: prepare: {e}"));
        let queries = Arc::new(AtomicUsize::new(0));
        let counter = queries.clone();
        db.set_metric_callback(move |info| {
            if std::env::var("SHOW_SQL").is_ok() {
                eprintln!("SQL: {}", info.statement);
            }
            counter.fetch_add(1, Ordering::SeqCst);
        });
        let settings = Settings::from_lookup(|var| match var {
            "DATABASE_URL" => Some(url.clone()),
            "PUBLIC_URL" => Some("https://academy.test".into()),
            // Tests give each simulated visitor an address through X-Forwarded-For.
            "TRUST_FORWARDED_FOR" => Some("true".into()),
            _ => demo_operator(var),
        })
        .unwrap_or_else(|e| panic!("{e}"));
        TestApp {
            name,
            db,
            queries,
            settings,
            _cleanup: cleanup,
        }
    }

    /// Sends `request` through a new router on this app's database.
    pub async fn send(&self, request: Request<Body>) -> Page {
        Self::send_to(self.router(), request).await
    }

    /// A router that keeps its state (one app server) across requests, with the test routes.
    pub fn router(&self) -> NormalizePath<Router> {
        self.router_on(self.state())
    }

    /// The router of the app server whose state is `state` (see `state`).
    pub fn router_on(&self, state: app::state::AppState) -> NormalizePath<Router> {
        server::build_router_with(&self.settings, state, test_routes())
    }

    /// A new app server's state on this app's database (its own caches and index).
    pub fn state(&self) -> app::state::AppState {
        server::app_state(&self.settings, self.db.clone())
    }

    /// This app's settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Sends `request` through `router` (a clone shares its state).
    pub async fn send_to(router: NormalizePath<Router>, request: Request<Body>) -> Page {
        let response = router.oneshot(request).await.unwrap_or_else(|e| match e {});
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .unwrap_or_else(|e| panic!("body: {e}"))
            .to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// GET `uri`.
    pub async fn get(&self, uri: &str) -> Page {
        self.send(
            Request::get(uri)
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{uri}: {e}")),
        )
        .await
    }

    /// GET `uri`, asserting a 200 and a complete page.
    pub async fn ok(&self, uri: &str) -> Page {
        let page = self.get(uri).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "[{}] GET {uri}: {}",
            self.name,
            page.body
        );
        page
    }

    /// How many SQL statements `f` ran.
    pub async fn count_queries<F: std::future::Future<Output = T>, T>(&self, f: F) -> (usize, T) {
        let before = self.queries.load(Ordering::SeqCst);
        let out = f.await;
        (self.queries.load(Ordering::SeqCst) - before, out)
    }

    /// Runs raw SQL (fixtures).
    pub async fn exec(&self, sql: &str) {
        self.db
            .execute_unprepared(sql)
            .await
            .unwrap_or_else(|e| panic!("[{}] {sql}: {e}", self.name));
    }
}

static DB_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Routes only tests have: `/{lang}/_test/fail/{code}` answers the error of that code (the
/// internal error of a handler that fails on purpose, among others).
/// The operator's identity the tests' sites have (the values `make run` has).
pub fn demo_operator(var: &str) -> Option<String> {
    let value = match var {
        "OPERATOR_NAME" => "Social Tech Academy (demonstration association)",
        "OPERATOR_ADDRESS" => "12 rue des Coopératives; 69001 Lyon; France",
        "OPERATOR_EMAIL" => "contact@academy.example",
        "OPERATOR_DPO_EMAIL" => "privacy@academy.example",
        "OPERATOR_HOSTING" => "Demo Hosting Cooperative, 4 quai des Serveurs, 59100 Roubaix, France",
        _ => return None,
    };
    Some(value.to_string())
}

fn test_routes() -> Router<app::state::AppState> {
    use app::error::AppError;
    async fn fail(
        _lang: app::web::lang::PathLang,
        axum::extract::Path((_, code)): axum::extract::Path<(String, String)>,
    ) -> Result<&'static str, AppError> {
        Err(match code.as_str() {
            "conflict" => AppError::Conflict,
            "validation" => AppError::Validation {
                field: "name".into(),
                code: "too-long".into(),
            },
            "bad-request" => AppError::BadRequest,
            "gone" => AppError::Gone,
            _ => AppError::internal("a test route that fails on purpose"),
        })
    }
    Router::new().route("/{lang}/_test/fail/{code}", axum::routing::get(fail))
}

/// A fresh SQLite file in a temporary folder, removed with the app.
pub async fn sqlite() -> TestApp {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("test.db");
    let url = format!("sqlite://{}?mode=rwc", path.display());
    TestApp::start("sqlite", url, Cleanup::Folder(dir)).await
}

/// A fresh PostgreSQL database, when `TEST_POSTGRES_URL` names a server.
pub async fn postgres() -> Option<TestApp> {
    let (url, cleanup) = new_postgres_database().await?;
    Some(TestApp::start("postgres", url, cleanup).await)
}

/// A new, empty PostgreSQL database on the server `TEST_POSTGRES_URL` names: its URL and what
/// removes it.
async fn new_postgres_database() -> Option<(String, Cleanup)> {
    let admin_url = std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())?;
    let admin = db::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("postgres admin connect: {e}"));
    drop_leftovers(&admin).await;
    let name = format!(
        "sta_test_{}_{}",
        std::process::id(),
        DB_COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .unwrap_or_else(|e| panic!("drop: {e}"));
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap_or_else(|e| panic!("create: {e}"));
    let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin_url);
    let url = format!("{base}/{name}");
    let _ = admin.close().await;
    Some((url, Cleanup::Database { admin_url, name }))
}

/// Drops the databases of earlier test processes that no longer run (killed before they could
/// clean up), once per process.
async fn drop_leftovers(admin: &DatabaseConnection) {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if DONE.swap(true, Ordering::SeqCst) {
        return;
    }
    let Ok(rows) = admin
        .query_all_raw(sea_orm::Statement::from_string(
            admin.get_database_backend(),
            "SELECT datname FROM pg_database WHERE datname LIKE 'sta_test_%'",
        ))
        .await
    else {
        return;
    };
    for row in rows {
        let Ok(name) = row.try_get_by_index::<String>(0) else {
            continue;
        };
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        let alive = pid.is_some_and(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists());
        if !alive {
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
        }
    }
}

/// The app on every database this run covers.
pub async fn each_db() -> Vec<TestApp> {
    let mut apps = vec![sqlite().await];
    match postgres().await {
        Some(pg) => apps.push(pg),
        None if std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1") => {
            panic!("REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set: PostgreSQL must be covered")
        }
        None => eprintln!("!!! TEST_POSTGRES_URL is not set: this test ran on SQLite only"),
    }
    apps
}

pub use crate::client::{csrf_of, location, Client};

/// An empty database (not migrated, no demo content) that a test loads into, removed when
/// dropped: what a new site's `DATABASE_URL` names before `server import` or `restore`.
pub struct EmptyDb {
    pub name: &'static str,
    pub url: String,
    pub db: DatabaseConnection,
    _cleanup: Cleanup,
}

impl EmptyDb {
    /// A new SQLite file in a temporary folder.
    pub async fn sqlite() -> EmptyDb {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("empty.db").display());
        let db = db::connect(&url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
        EmptyDb {
            name: "sqlite",
            url,
            db,
            _cleanup: Cleanup::Folder(dir),
        }
    }

    /// A new PostgreSQL database, when this run covers PostgreSQL (required with
    /// `REQUIRE_POSTGRES=1`).
    pub async fn postgres() -> Option<EmptyDb> {
        let Some((url, cleanup)) = new_postgres_database().await else {
            assert!(
                !std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1"),
                "REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
            );
            eprintln!("!!! TEST_POSTGRES_URL is not set: this test ran on SQLite only");
            return None;
        };
        let db = db::connect(&url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
        Some(EmptyDb {
            name: "postgres",
            url,
            db,
            _cleanup: cleanup,
        })
    }

    /// Every kind this run covers.
    pub async fn each() -> Vec<EmptyDb> {
        let mut all = vec![EmptyDb::sqlite().await];
        all.extend(EmptyDb::postgres().await);
        all
    }

    /// The router of a site on this database (once something was loaded into it).
    pub fn router(&self, like: &TestApp) -> NormalizePath<Router> {
        let mut settings = like.settings.clone();
        settings.database_url = self.url.clone();
        server::build_router_with(
            &settings,
            server::app_state(&settings, self.db.clone()),
            test_routes(),
        )
    }
}
