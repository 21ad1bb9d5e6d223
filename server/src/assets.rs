//! Small static files embedded in the binary, so a server needs no asset folder beside it
//! except the browser bundle (`pkg/`).

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

const STYLESHEET: &str = include_str!("../../style/site.css");
const FAVICON: &str = include_str!("../../style/favicon.svg");

fn text(content_type: &'static str, body: &'static str, cache: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        body,
    )
        .into_response()
}

/// The site's one stylesheet; its URL carries the release version, so it can be cached long.
pub async fn stylesheet() -> Response {
    text(
        "text/css; charset=utf-8",
        STYLESHEET,
        "public, max-age=31536000, immutable",
    )
}

/// The site icon.
pub async fn favicon() -> Response {
    text("image/svg+xml", FAVICON, "public, max-age=86400")
}
