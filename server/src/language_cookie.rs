//! Remembers the reader's language: a page under `/{lang}/` sets a `lang` cookie (a functional
//! preference, one year), and `/` prefers it over `Accept-Language`.

use app::i18n::Lang;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

const COOKIE: &str = "lang";

/// The language remembered in the request's cookie, if any.
pub fn remembered(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Lang::parse(value.trim()))
}

/// The middleware: sets the cookie on a successful page under a language prefix when it
/// differs from the remembered one.
pub async fn remember_language(request: Request, next: Next) -> Response {
    let first = request
        .uri()
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let page_lang = Lang::parse(first);
    let known = remembered(request.headers());
    let mut response = next.run(request).await;
    if let Some(lang) = page_lang.filter(|l| Some(*l) != known) {
        if response.status().is_success() {
            let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; lang=it; b=2"));
        assert_eq!(remembered(&headers), Some(Lang::It));
        headers.insert(header::COOKIE, HeaderValue::from_static("lang=de"));
        assert_eq!(remembered(&headers), None);
    }
}
