//! The language of a request: its URL prefix (`/fr/…`). An unknown prefix is the localised 404.

use crate::error::AppError;
use crate::i18n::Lang;
use axum::extract::FromRequestParts;
use http::request::Parts;

/// The language of the URL prefix, as a handler argument; a request under an unknown prefix
/// is answered with the 404 page before the handler runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for PathLang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        lang_of_path(parts.uri.path())
            .map(PathLang)
            .ok_or(AppError::NotFound)
    }
}

/// The language named by the first segment of `path`, if it is one of ours.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    Lang::parse(path.trim_start_matches('/').split('/').next().unwrap_or(""))
}

/// The language to answer a request in: its prefix, else the best match of `Accept-Language`.
pub fn lang_of_request(path: &str, headers: &http::HeaderMap) -> Lang {
    lang_of_path(path).unwrap_or_else(|| {
        Lang::negotiate(
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or(""),
        )
    })
}
