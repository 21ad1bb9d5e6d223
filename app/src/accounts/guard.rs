//! The authorization layer, in front of every page, form and server function: it loads the
//! signed-in person, checks the CSRF token of every state-changing request, applies the
//! access table (`policy`), and hands what it learnt to the handlers (`RequestContext`).

use super::context::{CsrfSlot, RequestContext};
use super::model::{Flash, Message, CSRF_FIELD, FORM_ERROR};
use super::policy::{access, safe_next, Access};
use super::session::{load_viewer, set_flash, take_flash, CSRF_KEY};
use crate::i18n::{tr, Lang};
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, Method, StatusCode};
use std::net::SocketAddr;
use tower_sessions::Session;

/// Largest form body read to find the CSRF token (the router limits every body the same).
pub const FORM_LIMIT: usize = 256 * 1024;
/// The header that carries the CSRF token (for `fetch` calls).
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The middleware. Static files and feeds pass straight through (no session, no query).
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let lang = Lang::parse(first);
    if lang.is_none() && first != "api" {
        return next.run(request).await;
    }
    let lang = lang.unwrap_or_else(|| crate::i18n::Lang::negotiate(accept_language(&request)));
    let Some(session) = request.extensions().get::<Session>().cloned() else {
        tracing::error!("guard without a session layer");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let viewer = match load_viewer(&state.db, &session).await {
        Ok(viewer) => viewer,
        Err(error) => {
            tracing::error!(%error, "loading the signed-in user");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let existing = session.get::<String>(CSRF_KEY).await.ok().flatten();

    let mut request = request;
    if !is_safe(request.method()) {
        let (checked, form) = match read_token(request).await {
            Ok(read) => read,
            Err(response) => return response,
        };
        request = checked;
        let valid = matches!((&existing, &form.token), (Some(a), Some(b)) if super::secret::same(a, b));
        if !valid {
            return csrf_failure(&session, lang, &path, form).await;
        }
    }

    match access(&path) {
        Access::Public => {}
        Access::SignedIn if viewer.is_some() => {}
        Access::Role(role) if viewer.as_ref().is_some_and(|v| v.can(role)) => {}
        Access::SignedIn | Access::Role(_) if viewer.is_none() => {
            return to_sign_in(lang, request.uri());
        }
        _ => request = forbidden(request, lang),
    }

    let flash = if request.method() == Method::GET {
        take_flash(&session, request.uri().path()).await
    } else {
        None
    };
    let csrf = CsrfSlot::new(existing);
    let signed_in = viewer.is_some();
    let client_ip = client_ip(&request, state.trust_forwarded_for);
    let learner = session
        .get::<crate::pathways::learner::SessionLearner>(crate::pathways::learner::LEARNER_KEY)
        .await
        .ok()
        .flatten();
    // A learner's progress and resume code are personal too.
    let personal = signed_in || learner.is_some();
    request.extensions_mut().insert(RequestContext {
        viewer,
        flash,
        csrf: csrf.clone(),
        client_ip,
        learner,
    });
    let mut response = next.run(request).await;
    if csrf.fresh {
        if let Some(token) = csrf.used_token() {
            if let Err(error) = session.insert(CSRF_KEY, token).await {
                tracing::error!(%error, "storing the CSRF token");
            }
        }
    }
    if personal || csrf.used_token().is_some() {
        // Personal pages and pages holding a form token are never cached by anyone.
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn accept_language(request: &Request) -> &str {
    request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// A submitted form: its token and its fields (to give them back if the token is wrong).
struct Submitted {
    token: Option<String>,
    fields: Option<Vec<(String, String)>>,
}

/// Reads the token from the header or from a form body, putting the body back.
async fn read_token(request: Request) -> Result<(Request, Submitted), Response> {
    let header_token = request
        .headers()
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((
            request,
            Submitted {
                token: header_token,
                fields: None,
            },
        ));
    }
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    let fields: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    let token = header_token.or_else(|| {
        fields
            .iter()
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.clone())
    });
    Ok((
        Request::from_parts(parts, Body::from(bytes)),
        Submitted {
            token,
            fields: Some(fields),
        },
    ))
}

/// A form with a missing or wrong token goes back to its page with what was typed (never a
/// password) and a message; anything else gets a plain 403.
async fn csrf_failure(session: &Session, lang: Lang, path: &str, form: Submitted) -> Response {
    let Some(fields) = form.fields else {
        return (StatusCode::FORBIDDEN, tr(lang, "accounts-csrf-invalid")).into_response();
    };
    let mut flash = Flash {
        path: path.to_string(),
        ..Flash::default()
    };
    flash.values = keepable(fields);
    flash
        .errors
        .insert(FORM_ERROR.into(), Message::new("accounts-csrf-invalid"));
    if let Err(error) = set_flash(session, flash).await {
        tracing::error!(%error, "storing the flash");
    }
    see_other(path)
}

/// The fields worth giving back: everything but passwords and the token.
pub fn keepable(
    fields: impl IntoIterator<Item = (String, String)>,
) -> std::collections::BTreeMap<String, String> {
    fields
        .into_iter()
        .filter(|(k, _)| !k.contains("password") && k != CSRF_FIELD)
        .collect()
}

/// 303 See Other to `location` (a form's answer, read with GET).
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Anonymous on a protected page: to sign-in, with the way back.
fn to_sign_in(lang: Lang, uri: &http::Uri) -> Response {
    let back = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let back = safe_next(back).unwrap_or_default();
    let next: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
    see_other(&format!("/{}/account/sign-in?next={next}", lang.code()))
}

/// The wrong role: the request becomes a GET of the localised 403 page.
fn forbidden(request: Request, lang: Lang) -> Request {
    let (mut parts, _) = request.into_parts();
    parts.method = Method::GET;
    if let Ok(uri) = format!("/{}/forbidden", lang.code()).parse() {
        parts.uri = uri;
    }
    Request::from_parts(parts, Body::empty())
}

/// The client's IP: the socket's peer, or the first `X-Forwarded-For` entry behind a trusted
/// proxy (`TRUST_FORWARDED_FOR=true`).
fn client_ip(request: &Request, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for {
        if let Some(ip) = request
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            return ip.chars().take(64).collect();
        }
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}
