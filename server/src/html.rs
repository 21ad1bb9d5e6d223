//! Makes the HTML that Leptos streams valid for the W3C checker, without changing what the
//! browser builds from it:
//! - the `<!>` text separators become `<!---->` (both parse to an empty comment node);
//! - the hydration data scripts Leptos appends after `</html>` move inside `<body>`.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use futures::StreamExt;

/// Largest page this middleware rewrites; anything larger passes through untouched (never a
/// 500: what was read is sent on, followed by the rest).
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
    let mut stream = body.into_data_stream();
    let mut read: Vec<Bytes> = Vec::new();
    let mut size = 0;
    while let Some(chunk) = stream.next().await {
        let Ok(chunk) = chunk else {
            // The page broke off while rendering: pass on what there is.
            return Response::from_parts(parts, Body::from(read.concat()));
        };
        size += chunk.len();
        read.push(chunk);
        if size > MAX_HTML {
            // Too large to rewrite: send it as it is, what was read first.
            let before = futures::stream::iter(read.into_iter().map(Ok::<_, axum::Error>));
            return Response::from_parts(parts, Body::from_stream(before.chain(stream)));
        }
    }
    let html = String::from_utf8_lossy(&read.concat()).into_owned();
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
    use super::*;
    use axum::routing::get;
    use tower::ServiceExt;

    /// A page over the limit is sent whole and untouched, never a 500.
    #[tokio::test]
    async fn a_page_over_the_limit_passes_through() {
        let big = format!("<html><body>{}<!></body></html>", "a".repeat(MAX_HTML + 10));
        let expected = big.clone();
        let app = axum::Router::new()
            .route(
                "/",
                get(move || {
                    let big = big.clone();
                    async move { axum::response::Html(big) }
                }),
            )
            .layer(axum::middleware::from_fn(normalise_html));
        let response = app
            .oneshot(Request::get("/").body(Body::empty()).unwrap_or_default())
            .await
            .unwrap_or_else(|e| match e {});
        assert_eq!(response.status(), axum::http::StatusCode::OK);
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap_or_default();
        assert_eq!(body.len(), expected.len());
        assert!(body.ends_with(b"<!></body></html>"), "untouched");
    }

    #[test]
    fn moves_trailing_scripts_and_fixes_separators() {
        let out = super::rewrite("<html><body><p>a<!>b</p></body></html><script>x</script>");
        assert_eq!(
            out,
            "<html><body><p>a<!---->b</p><script>x</script></body></html>"
        );
    }
}
