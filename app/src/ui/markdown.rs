//! Markdown to safe HTML: rendered with pulldown-cmark, then sanitised with ammonia.

/// Renders Markdown and removes anything unsafe (scripts, event handlers, unknown tags).
#[cfg(feature = "ssr")]
pub fn to_safe_html(markdown: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH);
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn strips_scripts_keeps_structure() {
        let html = super::to_safe_html("## Hi\n\n*ok* [x](javascript:alert(1))\n\n<script>alert(1)</script>");
        assert!(html.contains("<h2>Hi</h2>"));
        assert!(html.contains("<em>ok</em>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
    }
}
