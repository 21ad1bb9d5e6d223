//! `/healthz`: the process answers. `/readyz`: this server can serve — the database answers
//! and is migrated, the search indexes are built, the job runner polls. A load balancer sends
//! traffic to a server once it is ready; a service manager restarts one that is not healthy.

use app::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use migration::{Migrator, MigratorTrait};
use serde::Serialize;

/// The job runner polls every few seconds; this long without a poll means it is stuck.
const RUNNER_SILENCE_SECONDS: i64 = 60;

pub async fn healthz() -> Response {
    plain(StatusCode::OK, "ok\n".to_string())
}

/// One check of `/readyz`.
#[derive(Serialize)]
struct Check {
    ok: bool,
    detail: String,
}

impl Check {
    fn of(ok: bool, detail: impl Into<String>) -> Check {
        Check {
            ok,
            detail: detail.into(),
        }
    }
}

#[derive(Serialize)]
struct Readiness {
    ready: bool,
    database: Check,
    migrations: Check,
    search_index: Check,
    job_runner: Check,
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    let database = match state.db.ping().await {
        Ok(()) => Check::of(true, "reachable"),
        Err(error) => Check::of(false, error.to_string()),
    };
    let migrations = match Migrator::get_pending_migrations(&state.db).await {
        Ok(pending) if pending.is_empty() => Check::of(true, "applied"),
        Ok(pending) => Check::of(false, format!("{} pending", pending.len())),
        Err(error) => Check::of(false, error.to_string()),
    };
    let offers = state.offer_search.index.status();
    let text = state.offer_search.text.status();
    let search_index = match (offers, text) {
        (Some(offers), Some(text)) => Check::of(
            true,
            format!("built: {} offers, {} documents", offers.documents, text.documents),
        ),
        _ => Check::of(false, "building"),
    };
    let job_runner = match state.jobs.last() {
        Some(at) if (chrono::Utc::now() - at).num_seconds() <= RUNNER_SILENCE_SECONDS => {
            Check::of(true, format!("polled at {}", at.to_rfc3339()))
        }
        Some(at) => Check::of(false, format!("silent since {}", at.to_rfc3339())),
        None => Check::of(false, "not started"),
    };
    let ready = database.ok && migrations.ok && search_index.ok && job_runner.ok;
    let body = Readiness {
        ready,
        database,
        migrations,
        search_index,
        job_runner,
    };
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut response = (status, axum::Json(body)).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

/// A short plain-text answer, never cached.
pub fn plain(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}
