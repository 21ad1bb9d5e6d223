//! Every error a person can meet is a page in their language: this layer, outside the routed
//! app, turns an error response into the localised error page (one `h1`, the right `lang`, a
//! way back, the right status), or into an RFC 9457 problem document when the client asked
//! for JSON. It renders the page by sending a GET of `/{lang}/error` through the app, with the
//! error attached, so the page has the same frame (header, navigation, signed-in person) as
//! every other page.

use app::error::AppError;
use app::web::lang::lang_of_request;
use app::web::problem::{problem, wants_json};
use app::web::trace::{RequestId, RouteTemplate};
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use std::net::SocketAddr;
use tower::ServiceExt;

/// The headers the error page's request keeps from the original request.
const KEPT: [header::HeaderName; 4] = [
    header::COOKIE,
    header::ACCEPT_LANGUAGE,
    header::ACCEPT_ENCODING,
    header::USER_AGENT,
];

/// What the error page needs of the original request, kept while it is answered (a few
/// header values, not the whole request: this runs for every request).
struct Asked {
    path: String,
    method: Method,
    headers: HeaderMap,
    client: Option<ConnectInfo<SocketAddr>>,
    id: Option<RequestId>,
}

impl Asked {
    fn of(request: &Request) -> Asked {
        let mut headers = HeaderMap::new();
        for name in KEPT.iter().chain([&header::ACCEPT]) {
            if let Some(value) = request.headers().get(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
        Asked {
            path: request.uri().path().to_string(),
            method: request.method().clone(),
            headers,
            client: request.extensions().get::<ConnectInfo<SocketAddr>>().cloned(),
            id: request.extensions().get::<RequestId>().cloned(),
        }
    }
}

/// The middleware; `app` is the routed application it wraps (the error page is rendered by it).
pub async fn error_pages(State(app): State<Router>, request: Request, next: Next) -> Response {
    let asked = Asked::of(&request);
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let Asked {
        path,
        method,
        headers,
        client,
        id,
    } = asked;
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let is_json = content_type.contains("json");
    let is_page = content_type.starts_with("text/html");
    let error = response
        .extensions()
        .get::<AppError>()
        .cloned()
        .unwrap_or_else(|| AppError::from_status(status));
    if let AppError::Internal = error {
        tracing::error!(%method, %path, %status, "request failed");
    }
    let lang = lang_of_request(&path, &headers);
    if wants_json(&headers) {
        return if is_json { response } else { problem(&error, lang) };
    }
    // A finished page (the 404 of an unknown address, rendered by the app) or a document of
    // its own kind (a feed, a JSON file) stays as it is.
    let bare = content_type.is_empty() || content_type.starts_with("text/plain");
    if is_page || is_json || !bare || method == Method::HEAD {
        return response;
    }
    let mut builder = Request::builder()
        .method(Method::GET)
        .uri(format!("/{}/error", lang.code()));
    for name in KEPT {
        if let Some(value) = headers.get(&name) {
            builder = builder.header(name, value);
        }
    }
    let Ok(mut page_request) = builder.body(Body::empty()) else {
        return response;
    };
    // Keep what the outer layers learnt (the client's address), then attach the error.
    if let Some(client) = client {
        page_request.extensions_mut().insert(client);
    }
    if let Some(id) = id {
        page_request.extensions_mut().insert(id);
    }
    page_request.extensions_mut().insert(error.clone());
    let mut page = match app.oneshot(page_request).await {
        Ok(page) => page,
        Err(never) => match never {},
    };
    *page.status_mut() = error.status();
    // The request log names the route that failed, not the error page's.
    if let Some(route) = response.extensions().get::<RouteTemplate>() {
        page.extensions_mut().insert(route.clone());
    }
    if error == AppError::MethodNotAllowed {
        if let Some(allow) = response.headers().get(header::ALLOW) {
            page.headers_mut().insert(header::ALLOW, allow.clone());
        }
    }
    page.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    page
}

/// Every routed request runs in a span naming its route template, so an internal error is
/// logged with the route it came from; the template goes back with the response for the
/// request log and the metrics (a path no route matched is `unmatched`: paths are unbounded).
pub async fn request_span(request: Request, next: Next) -> Response {
    use tracing::Instrument;
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|route| route.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let span = tracing::error_span!("route", route = %route);
    let mut response = next.run(request).instrument(span).await;
    response.extensions_mut().insert(RouteTemplate(route));
    response
}
