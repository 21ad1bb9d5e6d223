//! `/.well-known/security.txt` (RFC 9116): whom to tell about a vulnerability, in which
//! languages, where this file lives, and until when it holds.

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/.well-known/security.txt", get(security_txt))
}

/// How long a served file holds (RFC 9116 advises less than a year).
const VALID_DAYS: i64 = 180;

async fn security_txt(State(state): State<AppState>) -> Response {
    let contact = state.operator.security_contact.trim();
    if contact.is_empty() {
        // Without a contact the file would say nothing true.
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        security_text(&state, contact, chrono::Utc::now()),
    )
        .into_response()
}

/// The file's text at `now`.
pub fn security_text(state: &AppState, contact: &str, now: chrono::DateTime<chrono::Utc>) -> String {
    let expires = (now + chrono::Duration::days(VALID_DAYS)).format("%Y-%m-%dT00:00:00Z");
    let languages: Vec<&str> = crate::i18n::Lang::ALL.iter().map(|l| l.code()).collect();
    format!(
        "# Security contact of this site (RFC 9116).\n\
         Contact: {contact}\n\
         Expires: {expires}\n\
         Preferred-Languages: {}\n\
         Canonical: {}\n\
         Policy: {}\n",
        languages.join(", "),
        state.absolute("/.well-known/security.txt"),
        state.absolute(&crate::web::urls::Route::LegalNotice.at(crate::i18n::Lang::En)),
    )
}
