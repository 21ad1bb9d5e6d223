//! Prometheus metrics (`metrics` with its Prometheus exporter): requests by route template and
//! status with a latency histogram, recorded by the request log; and, read when scraped, the
//! database pool, the job runner's queue and failures, the outbox backlog, and the size and age
//! of the search indexes. `/metrics` answers a loopback address, or the bearer token of
//! `METRICS_TOKEN`; anyone else gets a 401 saying which.

use super::health::plain;
use app::background::JobState;
use app::entities::{background_job, outbox};
use app::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::Response;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use sea_orm::{ColumnTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Latency buckets, in seconds (a page is expected well under 100 ms).
const BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process's recorder (once: every router of the process shares it).
pub fn install() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full("http_request_duration_seconds".into()), &BUCKETS)
                .ok()?
                .install_recorder();
            match handle {
                Ok(handle) => {
                    describe();
                    Some(handle)
                }
                Err(error) => {
                    tracing::error!(%error, "installing the metrics recorder");
                    None
                }
            }
        })
        .as_ref()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        "http_requests_total",
        "Requests answered, by method, route template and status."
    );
    describe_histogram!(
        "http_request_duration_seconds",
        Unit::Seconds,
        "Time to answer a request, by method and route template."
    );
    describe_gauge!(
        "db_pool_connections",
        "Database connections of this server, by state (idle, in_use, max)."
    );
    describe_gauge!(
        "background_jobs",
        "Background jobs, by state (due: waiting past their time)."
    );
    describe_gauge!(
        "background_jobs_failing",
        "Jobs whose last run failed (recurring ones keep trying)."
    );
    describe_gauge!("outbox_backlog", "E-mails waiting to be sent.");
    describe_gauge!(
        "outbox_failing",
        "E-mails waiting after at least one failed attempt."
    );
    describe_gauge!(
        "search_index_documents",
        "Documents in this server's search index, by index."
    );
    describe_gauge!(
        "search_index_age_seconds",
        Unit::Seconds,
        "Time since the index last changed, by index."
    );
    describe_gauge!(
        "job_runner_last_poll_age_seconds",
        Unit::Seconds,
        "Time since this server's job runner last polled."
    );
}

/// Counts one answered request.
pub fn record_request(method: &str, route: &str, status: u16, latency: Duration) {
    let labels = [
        ("method", method.to_string()),
        ("route", route.to_string()),
        ("status", status.to_string()),
    ];
    metrics::counter!("http_requests_total", &labels).increment(1);
    let labels = [("method", method.to_string()), ("route", route.to_string())];
    metrics::histogram!("http_request_duration_seconds", &labels).record(latency.as_secs_f64());
}

/// The state `/metrics` reads, and the token it answers to.
#[derive(Clone)]
pub struct Scrape {
    pub state: AppState,
    pub token: Option<Arc<String>>,
}

pub async fn scrape(State(scrape): State<Scrape>, request: Request) -> Response {
    if let Err(refusal) = allowed(&scrape, &request) {
        let mut response = plain(StatusCode::UNAUTHORIZED, format!("{refusal}\n"));
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Bearer realm=\"metrics\""),
        );
        return response;
    }
    let Some(handle) = install() else {
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "metrics recorder unavailable\n".into(),
        );
    };
    if let Err(error) = gauges(&scrape.state).await {
        tracing::warn!(%error, "reading metrics from the database");
    }
    handle.run_upkeep();
    let mut response = plain(StatusCode::OK, handle.render());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// Whether this request may read the metrics; the reason when not.
fn allowed(scrape: &Scrape, request: &Request) -> Result<(), &'static str> {
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.strip_prefix("Bearer ").unwrap_or("").trim().to_string());
    match (bearer, &scrape.token) {
        (Some(sent), Some(token)) => {
            // Compared as digests: the time taken says nothing about the token.
            let same = app::auth::secret::digest(&sent) == app::auth::secret::digest(token);
            if same {
                Ok(())
            } else {
                Err("metrics: the bearer token is not the one set in METRICS_TOKEN")
            }
        }
        (Some(_), None) => Err("metrics: this server has no METRICS_TOKEN; ask from a loopback address"),
        (None, _) => {
            let ip = app::web::guard::client_ip(request, scrape.state.trust_forwarded_for);
            let loopback = ip.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
            if loopback {
                Ok(())
            } else {
                Err("metrics: send the bearer token set in METRICS_TOKEN (Authorization: Bearer …), or ask from a loopback address")
            }
        }
    }
}

/// The gauges read when scraped.
async fn gauges(state: &AppState) -> Result<(), sea_orm::DbErr> {
    use metrics::gauge;
    let (size, idle, max) = match state.db.get_database_backend() {
        DbBackend::Postgres => {
            let pool = state.db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle(), pool.options().get_max_connections())
        }
        _ => {
            let pool = state.db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle(), pool.options().get_max_connections())
        }
    };
    gauge!("db_pool_connections", "state" => "idle").set(idle as f64);
    gauge!("db_pool_connections", "state" => "in_use").set(size.saturating_sub(idle as u32) as f64);
    gauge!("db_pool_connections", "state" => "max").set(max as f64);

    let now = chrono::Utc::now();
    let jobs = background_job::Entity::find().all(&state.db).await?;
    let count = |state: JobState| jobs.iter().filter(|j| j.state == state.code()).count() as f64;
    let due = jobs
        .iter()
        .filter(|j| j.state == JobState::Pending.code() && j.run_at <= now)
        .count();
    gauge!("background_jobs", "state" => "pending").set(count(JobState::Pending));
    gauge!("background_jobs", "state" => "due").set(due as f64);
    gauge!("background_jobs", "state" => "running").set(count(JobState::Running));
    gauge!("background_jobs", "state" => "failed").set(count(JobState::Failed));
    let failing = jobs
        .iter()
        .filter(|j| j.last_error.is_some() && j.state != JobState::Done.code())
        .count();
    gauge!("background_jobs_failing").set(failing as f64);
    if let Some(at) = state.jobs.last() {
        gauge!("job_runner_last_poll_age_seconds").set((now - at).num_milliseconds() as f64 / 1000.0);
    }

    let waiting = outbox::Entity::find().filter(outbox::Column::SentAt.is_null());
    gauge!("outbox_backlog").set(waiting.clone().count(&state.db).await? as f64);
    let failing = waiting
        .filter(outbox::Column::Attempts.gt(0))
        .count(&state.db)
        .await?;
    gauge!("outbox_failing").set(failing as f64);

    let indexes = [
        ("offers", state.offer_search.index.status()),
        ("site", state.offer_search.text.status()),
    ];
    for (name, status) in indexes {
        if let Some(status) = status {
            gauge!("search_index_documents", "index" => name).set(status.documents as f64);
            let age = (now - status.updated_at).num_milliseconds() as f64 / 1000.0;
            gauge!("search_index_age_seconds", "index" => name).set(age);
        }
    }
    Ok(())
}
