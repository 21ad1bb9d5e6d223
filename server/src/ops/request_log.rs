//! The request log and the request metrics, the outermost layer: every request gets an id
//! (the `X-Request-Id` a proxy sent, when sane, or a new one) that its log lines carry, the
//! error page shows and the response returns; when it is answered, one line says what it was
//! (method, route template, status, time, who was signed in — never a header, body, password,
//! token or address) and the request counter and latency histogram are updated.

use app::web::trace::{RequestId, RouteTemplate, SignedInUser, REQUEST_ID_HEADER};
use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;
use tracing::Instrument;

pub async fn observe(mut request: Request, next: Next) -> Response {
    let id = request
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(RequestId::accept)
        .unwrap_or_default();
    request.extensions_mut().insert(id.clone());
    let method = request.method().clone();
    let started = Instant::now();
    let span = tracing::info_span!("request", request_id = %id.0);
    let mut response = next.run(request).instrument(span).await;
    let latency = started.elapsed();
    let route = response
        .extensions()
        .get::<RouteTemplate>()
        .map(|r| r.0.clone())
        .unwrap_or_else(|| "unmatched".into());
    let user_id = response.extensions().get::<SignedInUser>().map(|u| u.0);
    let status = response.status().as_u16();
    tracing::info!(
        target: "access",
        request_id = %id.0,
        method = %method,
        route = %route,
        status,
        latency_ms = latency.as_secs_f64() * 1000.0,
        user_id,
        "request"
    );
    super::metrics::record_request(method.as_str(), &route, status, latency);
    if let Ok(value) = HeaderValue::from_str(&id.0) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    response
}
