//! Plain axum routes of the open data: `/sitemap.xml` and `/robots.txt`.

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// The routes, merged into the server's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sitemap.xml", get(sitemap))
        .route("/robots.txt", get(robots))
}

async fn sitemap(State(state): State<AppState>) -> Response {
    match super::sitemap::public_paths(&state.db).await {
        Ok(paths) => (
            [
                (header::CONTENT_TYPE, "application/xml; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            super::sitemap::render(&state.public_url, &paths),
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "sitemap");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n",
        state.public_url.trim_end_matches('/')
    );
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        body,
    )
        .into_response()
}
