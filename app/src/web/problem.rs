//! Errors as data (RFC 9457): the problem document a client that asked for JSON receives, with
//! the portal's stable `code` beside the standard members, in the reader's language.

use crate::error::AppError;
use crate::i18n::{tr, Lang};
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderValue};

/// The media type of a problem document.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Whether the client prefers JSON to HTML (`Accept: application/json`, `…+json`).
pub fn wants_json(headers: &HeaderMap) -> bool {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let json = accept.find("json");
    let html = accept.find("text/html");
    match (json, html) {
        (Some(j), Some(h)) => j < h,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The problem document of `error`, in `lang`.
pub fn problem(error: &AppError, lang: Lang) -> Response {
    let code = error.code();
    let status = error.status();
    let mut body = serde_json::json!({
        "type": format!("urn:social-tech-academy:problem:{code}"),
        "title": tr(lang, &format!("error-{code}")),
        "status": status.as_u16(),
        "detail": tr(lang, &format!("error-{code}-help")),
        "code": code,
    });
    if let AppError::Validation { field, code: reason } = error {
        if !field.is_empty() {
            body["field"] = field.clone().into();
            body["reason"] = reason.clone().into();
        }
    }
    let mut response = (status, body.to_string()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_str(value).unwrap_or(HeaderValue::from_static("")),
        );
        headers
    }

    #[test]
    fn json_only_when_preferred() {
        assert!(wants_json(&accept("application/json")));
        assert!(wants_json(&accept("application/problem+json")));
        assert!(!wants_json(&accept("text/html,application/xhtml+xml,*/*;q=0.8")));
        assert!(!wants_json(&accept("")));
    }
}
