//! Markdown to safe HTML: rendered with pulldown-cmark (raw HTML left out, only web and mail
//! links kept), then sanitised with ammonia. The live preview of editors' forms
//! (`islands::markdown_preview`) asks the server for the same rendering.

/// Renders Markdown without its raw HTML, and with links other than `http(s):`, `mailto:` and
/// relative ones made inert: what an editor's preview shows.
#[cfg(feature = "ssr")]
pub fn render(markdown: &str) -> String {
    use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag};
    fn safe(url: CowStr<'_>) -> CowStr<'_> {
        let lower = url.trim().to_ascii_lowercase();
        let scheme = lower.split_once(':').map(|(s, _)| s.to_string());
        match scheme {
            Some(s) if s.contains('/') || s.contains('?') || s.contains('#') => url,
            Some(s) if !matches!(s.as_str(), "http" | "https" | "mailto") => CowStr::Borrowed("#"),
            _ => url,
        }
    }
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        // Markdown is the only markup editors write: raw HTML is left out.
        Event::Html(_) | Event::InlineHtml(_) => Event::Text(CowStr::Borrowed("")),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: safe(dest_url),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

/// Renders Markdown and removes anything unsafe (scripts, event handlers, unknown tags).
#[cfg(feature = "ssr")]
pub fn to_safe_html(markdown: &str) -> String {
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&render(markdown))
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

    #[test]
    fn the_preview_leaves_raw_html_out_and_makes_odd_links_inert() {
        let html = super::render("<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://example.org/a:b) [c](/fr/offers)");
        assert!(!html.contains("img") && !html.contains("onerror"), "{html}");
        assert!(html.contains("href=\"#\""), "{html}");
        assert!(html.contains("href=\"https://example.org/a:b\""), "{html}");
        assert!(html.contains("href=\"/fr/offers\""), "{html}");
    }
}
