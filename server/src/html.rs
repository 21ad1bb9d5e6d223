//! Makes the HTML that Leptos streams valid for the W3C checker, without changing what the
//! browser builds from it:
//! - the `<!>` text separators become `<!---->` (both parse to an empty comment node);
//! - the hydration data scripts Leptos appends after `</html>` move inside `<body>`.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Largest page this middleware rewrites; anything larger passes through untouched.
const MAX_HTML: usize = 8 * 1024 * 1024;

/// The middleware (see the module documentation).
pub async fn normalise_html(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_HTML).await else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    let fixed = rewrite(&html);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(fixed))
}

/// The rewrite itself, on a whole document.
pub fn rewrite(html: &str) -> String {
    let html = html.replace("<!>", "<!---->");
    let (Some(body_end), Some(html_end)) = (html.rfind("</body>"), html.rfind("</html>")) else {
        return html;
    };
    if html_end < body_end {
        return html;
    }
    // Comments may stay between `</body>` and `</html>`; scripts after `</html>` move into body.
    let between = &html[body_end + "</body>".len()..html_end];
    let after = html[html_end + "</html>".len()..].trim();
    format!("{}{after}</body>{between}</html>", &html[..body_end])
}

#[cfg(test)]
mod tests {
    #[test]
    fn moves_trailing_scripts_and_fixes_separators() {
        let out = super::rewrite("<html><body><p>a<!>b</p></body></html><script>x</script>");
        assert_eq!(
            out,
            "<html><body><p>a<!---->b</p><script>x</script></body></html>"
        );
    }
}
