//! The router: language redirect, static assets, the browser bundle, server functions and
//! every Leptos page.

use crate::assets;
use crate::config::Settings;
use app::i18n::Lang;
use app::state::AppState;
use app::{shell, App};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, handle_server_fns_with_context, LeptosRoutes};
use sea_orm::DatabaseConnection;
use tower::Layer;
use tower_http::compression::CompressionLayer;
use tower_http::normalize_path::{NormalizePath, NormalizePathLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Largest request body accepted (forms and server-function calls are small).
const BODY_LIMIT: usize = 256 * 1024;

/// Builds the whole application. A trailing slash is trimmed before routing, so `/fr/` and
/// `/fr` are the same page.
pub fn build_app(settings: &Settings, db: DatabaseConnection) -> NormalizePath<Router> {
    build_router(settings, app_state(settings, db))
}

/// What every request shares (one per app server).
pub fn app_state(settings: &Settings, db: DatabaseConnection) -> AppState {
    let leptos_options = LeptosOptions::builder()
        .output_name("app")
        .site_root(settings.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(settings.site_addr)
        .build();
    AppState {
        db,
        public_url: settings.public_url.clone(),
        leptos_options,
        trust_forwarded_for: settings.trust_forwarded_for,
        offer_search: Default::default(),
        files_dir: settings.resource_files_dir.clone().map(Into::into),
        operator: std::sync::Arc::new(settings.operator.clone()),
        retention: settings.retention,
        jobs: Default::default(),
    }
}

/// The application on `state`.
pub fn build_router(settings: &Settings, state: AppState) -> NormalizePath<Router> {
    build_router_with(settings, state, Router::new())
}

/// The application on `state`, with `extra` routes (tests add a route that fails on purpose).
pub fn build_router_with(
    settings: &Settings,
    state: AppState,
    extra: Router<AppState>,
) -> NormalizePath<Router> {
    let routes = generate_route_list(App);
    let pkg = ServeDir::new(format!("{}/pkg", settings.site_root))
        .precompressed_br()
        .precompressed_gzip();

    let context_state = state.clone();
    let fn_state = state.clone();
    let router = Router::new()
        .route("/", get(redirect_to_language))
        .route("/assets/site.css", get(assets::stylesheet))
        .route("/favicon.svg", get(assets::favicon))
        .route("/favicon.ico", get(assets::favicon))
        .merge(app::open_data::http::routes())
        .merge(app::accounts::http::routes())
        .merge(app::offers::feed::routes())
        .merge(app::offers::saved::routes())
        .merge(app::pathways::http::routes())
        .merge(app::admin::http::routes())
        .merge(app::moderation::http::routes())
        .merge(app::partner::http::routes())
        .merge(app::resources::http::routes())
        .merge(app::pictures::http::routes())
        .merge(app::invitations::http::routes())
        .merge(app::webinars::http::routes())
        .merge(app::assessment::http::routes())
        .merge(app::legal::http::routes())
        .merge(extra)
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-cache"),
                ))
                .service(pkg),
        )
        .route(
            &format!("{}/{{*fn_name}}", app::web::SERVER_FN_PREFIX),
            get(server_fn_handler).post(server_fn_handler),
        )
        .leptos_routes_with_context(&state, routes, move || provide_context(context_state.clone()), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            move || provide_context(fn_state.clone()),
            shell,
        ))
        .layer(axum::middleware::from_fn(crate::html::normalise_html))
        .layer(axum::middleware::from_fn(server_fn_status))
        .layer(axum::middleware::from_fn(crate::errors::request_span))
        .with_state(state.clone());
    // The authorization layer wraps the routed app from outside, so that sending a request
    // to the 403 page (a new path) is routed again.
    let router = Router::new()
        .fallback_service(router)
        .layer(axum::middleware::from_fn(app::pathways::badges::http::aliases))
        .layer(axum::middleware::from_fn(app::webinars::http::calendar_alias))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            app::web::guard::guard,
        ))
        .layer(crate::sessions::layer(settings, state.db.clone()))
        // Server functions read their bodies themselves: limit every body, not just extractors'.
        .layer(axum::middleware::from_fn(limit_body))
        .layer(CompressionLayer::new());
    // Error responses become localised pages (or problem documents), rendered by the app.
    let router = Router::new()
        .fallback_service(router.clone())
        .layer(axum::middleware::from_fn_with_state(
            router,
            crate::errors::error_pages,
        ));
    // Health, readiness and metrics: outside sessions and error pages.
    crate::ops::metrics::install();
    let router = crate::ops::routes(state, settings.metrics_token.clone())
        .layer(axum::middleware::from_fn(crate::errors::request_span))
        .fallback_service(router);
    let router = crate::security::layers()
        .into_iter()
        .fold(router, |router, layer| router.layer(layer))
        .layer(axum::middleware::from_fn(crate::ops::request_log::observe));
    NormalizePathLayer::trim_trailing_slash().layer(router)
}

/// Server functions not registered by name (an unknown name is the library's 400).
async fn server_fn_handler(State(state): State<AppState>, request: Request<Body>) -> impl IntoResponse {
    let context = state.clone();
    handle_server_fns_with_context(move || provide_context(context.clone()), request).await
}

/// Server functions' errors carry the status of the `AppError` they hold (a malformed call is
/// a 400, a refused one a 403), where the library answers 500 for all.
async fn server_fn_status(request: Request<Body>, next: axum::middleware::Next) -> Response {
    let is_server_fn = request.uri().path().starts_with(app::web::SERVER_FN_PREFIX);
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, BODY_LIMIT).await.unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<app::error::AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// `/` → `/{lang}/`, the language chosen from `Accept-Language` among those we have (English
/// otherwise). The URL prefix then carries the choice: every link stays in that language.
async fn redirect_to_language(headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let lang: Lang = Lang::negotiate(accept);
    let mut response = StatusCode::FOUND.into_response();
    let location =
        HeaderValue::from_str(&format!("/{}/", lang.code())).unwrap_or(HeaderValue::from_static("/en/"));
    response.headers_mut().insert(header::LOCATION, location);
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// Limits every request body: 256 KiB, or `UPLOAD_LIMIT` for the forms that send a file. A
/// declared length above it is refused at once (413); a longer body stops being read there, and
/// the extractor reading it answers 413.
async fn limit_body(request: Request<Body>, next: axum::middleware::Next) -> axum::response::Response {
    let limit = if app::web::upload::is_upload(request.uri().path()) {
        app::web::upload::UPLOAD_LIMIT
    } else {
        BODY_LIMIT
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = request.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}
