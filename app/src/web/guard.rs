//! The authorization layer, in front of every page, form and server function: it loads the
//! signed-in person, checks the CSRF token of every state-changing request, applies the
//! access table (`policy`), and hands what it learnt to the handlers (`RequestContext`).

use super::context::{CsrfSlot, RequestContext};
use super::flash::{set_flash, take_flash, Flash, Message, CSRF_FIELD, FORM_ERROR};
use super::forms::{keepable, see_other, FORM_LIMIT};
use super::urls::Route;
use crate::auth::policy::{access, Access};
use crate::auth::session::{load_viewer, SessionLearner, CSRF_KEY, LEARNER_KEY};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, Method};
use std::net::SocketAddr;
use tower_sessions::Session;

/// The header that carries the CSRF token (for `fetch` calls).
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The session key of the time zone a reader picked on a page.
const ZONE_KEY: &str = "time_zone";

/// The middleware. Static files and feeds pass straight through (no session, no query).
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let lang = Lang::parse(first);
    if lang.is_none() && first != super::SERVER_FN_PREFIX.trim_start_matches('/') {
        return next.run(request).await;
    }
    let lang = lang.unwrap_or_else(|| crate::i18n::Lang::negotiate(accept_language(&request)));
    let Some(session) = request.extensions().get::<Session>().cloned() else {
        return AppError::internal("guard without a session layer").into_response();
    };
    let viewer = match load_viewer(&state.db, &session).await {
        Ok(viewer) => viewer,
        Err(error) => return AppError::from(error).into_response(),
    };
    let existing = session.get::<String>(CSRF_KEY).await.ok().flatten();

    let mut request = request;
    // Forms check their token when they are read (`web::forms::Submission`), so a method a
    // route does not accept is a 405; server functions are checked here.
    if !is_safe(request.method()) && lang_code_is_server_fn(first) {
        let (checked, form) = match read_token(request).await {
            Ok(read) => read,
            Err(response) => return response,
        };
        request = checked;
        if !token_matches(existing.as_deref(), form.token.as_deref()) {
            return csrf_failure(&session, &path, form.fields).await;
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
    let learner = session.get::<SessionLearner>(LEARNER_KEY).await.ok().flatten();
    let pending_purpose = session
        .get::<super::pending::Pending>(super::pending::PENDING_KEY)
        .await
        .ok()
        .flatten()
        .map(|p| p.purpose);
    // A zone picked on a page (`?tz=`, a GET form) is remembered for the next pages.
    let picked = form_urlencoded::parse(request.uri().query().unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "tz")
        .map(|(_, v)| v.into_owned())
        .filter(|tz| crate::accounts::time_zone::is_valid(tz));
    if let Some(tz) = &picked {
        if let Err(error) = session.insert(ZONE_KEY, tz.clone()).await {
            tracing::error!(%error, "remembering the time zone");
        }
    }
    let remembered = match picked {
        Some(tz) => Some(tz),
        None => session.get::<String>(ZONE_KEY).await.ok().flatten(),
    };
    let time_zone = viewer.as_ref().map(|v| v.time_zone.clone()).or(remembered);
    // A learner's progress and resume code are personal too.
    let personal = signed_in || learner.is_some();
    let user = viewer.as_ref().map(|v| super::trace::SignedInUser(v.id));
    request.extensions_mut().insert(RequestContext {
        viewer,
        flash,
        csrf: csrf.clone(),
        client_ip,
        learner,
        pending_purpose,
        time_zone,
    });
    let mut response = next.run(request).await;
    if let Some(user) = user {
        response.extensions_mut().insert(user);
    }
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

fn lang_code_is_server_fn(first: &str) -> bool {
    first == super::SERVER_FN_PREFIX.trim_start_matches('/')
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
        .map_err(|_| AppError::PayloadTooLarge.into_response())?;
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
/// password) and a message; anything else gets the 403.
pub async fn csrf_failure(session: &Session, path: &str, fields: Option<Vec<(String, String)>>) -> Response {
    let Some(fields) = fields else {
        return AppError::Forbidden.into_response();
    };
    let mut flash = Flash {
        path: path.split('?').next().unwrap_or(path).to_string(),
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

/// Whether `sent` is the session's CSRF token.
pub fn token_matches(existing: Option<&str>, sent: Option<&str>) -> bool {
    matches!((existing, sent), (Some(a), Some(b)) if crate::auth::secret::same(a, b))
}

/// Anonymous on a protected page: to sign-in, with the way back.
fn to_sign_in(lang: Lang, uri: &http::Uri) -> Response {
    let back = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    see_other(&Route::SignIn.with_next(lang, Some(back)))
}

/// The wrong role: the request becomes a GET of the localised 403 page.
fn forbidden(request: Request, lang: Lang) -> Request {
    let (mut parts, _) = request.into_parts();
    parts.method = Method::GET;
    if let Ok(uri) = Route::Forbidden.at(lang).parse() {
        parts.uri = uri;
    }
    Request::from_parts(parts, Body::empty())
}

/// The client's IP: the socket's peer, or the first `X-Forwarded-For` entry behind a trusted
/// proxy (`TRUST_FORWARDED_FOR=true`).
pub fn client_ip(request: &Request, trust_forwarded_for: bool) -> String {
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
