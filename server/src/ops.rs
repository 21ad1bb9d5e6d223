//! What an operator watches: `/healthz` and `/readyz`, Prometheus metrics at `/metrics`, and
//! the request log (one line per request, with its id). These routes sit outside the session
//! and error-page layers: they never touch a session and always answer in plain text.

pub mod health;
pub mod metrics;
pub mod request_log;

use app::state::AppState;
use axum::routing::get;
use axum::Router;

/// `/healthz`, `/readyz` and `/metrics`.
pub fn routes(state: AppState, metrics_token: Option<String>) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route(
            "/metrics",
            get(metrics::scrape).with_state(metrics::Scrape {
                state: state.clone(),
                token: metrics_token.map(std::sync::Arc::new),
            }),
        )
        .with_state(state)
}
