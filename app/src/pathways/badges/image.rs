//! A badge's picture: an SVG drawn here from the pathway's title, the learner's name and the
//! date (1200 × 630, the size link previews show), rasterised to PNG with the fonts shipped in
//! `app/data/fonts`. `super::baking` puts the signed credential inside either file.

use std::sync::OnceLock;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const BRAND: &str = "#0b5d4b";
const INK: &str = "#1b1f23";
const MUTED: &str = "#4a5560";
const RIBBON: &str = "#8a3b00";
const WARNING: &str = "#a4161a";
/// The Open Badges 3.0 namespace of the baked credential (`super::baking`).
const OB_NAMESPACE: &str = "https://purl.imsglobal.org/ob/v3p0";

/// What the picture says, already in the badge's language.
pub struct Art<'a> {
    pub lang: &'a str,
    pub issuer: &'a str,
    pub title: &'a str,
    /// "Earned by Ana García".
    pub earned_by: &'a str,
    /// The date, written out.
    pub date: &'a str,
    /// Where to check it ("Check it at example.org/badges/…").
    pub check_at: &'a str,
    /// "Revoked on …" when it was.
    pub revoked: Option<&'a str>,
}

/// The SVG, not baked.
pub fn svg(art: &Art) -> String {
    let (size, lines) = title_lines(art.title);
    let mut y = 205;
    let mut title = String::new();
    for line in &lines {
        title.push_str(&format!(
            r##"<text x="540" y="{y}" font-size="{size}" font-weight="bold" fill="{INK}">{}</text>"##,
            escape(line)
        ));
        y += size * 6 / 5;
    }
    let person_y = y + 40;
    let revoked = art.revoked.map(|text| {
        format!(
            r##"<text x="540" y="{}" font-size="30" font-weight="bold" fill="{WARNING}">{}</text>"##,
            person_y + 95,
            escape(text)
        )
    });
    format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="{ns}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="badge-title" xml:lang="{lang}" font-family="DejaVu Sans, Verdana, sans-serif">"##,
            r##"<title id="badge-title">{label}</title>"##,
            r##"<rect width="{w}" height="{h}" fill="#f3f6f5"/>"##,
            r##"<rect x="24" y="24" width="1152" height="582" rx="24" fill="#fff" stroke="#c9d3d0" stroke-width="2"/>"##,
            r##"<path d="M205 400 L165 575 L225 540 L265 590 L290 420 Z M395 400 L435 575 L375 540 L335 590 L310 420 Z" fill="{ribbon}"/>"##,
            r##"<circle cx="300" cy="280" r="170" fill="{brand}"/>"##,
            r##"<circle cx="300" cy="280" r="146" fill="none" stroke="#fff" stroke-width="6" stroke-opacity="0.6"/>"##,
            r##"<path d="M225 285 L280 340 L385 225" fill="none" stroke="#fff" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>"##,
            r##"<text x="540" y="120" font-size="28" font-weight="bold" fill="{brand}">{issuer}</text>"##,
            "{title}",
            r##"<text x="540" y="{person_y}" font-size="30" fill="{ink}">{earned_by}</text>"##,
            r##"<text x="540" y="{date_y}" font-size="28" fill="{muted}">{date}</text>"##,
            "{revoked}",
            r##"<text x="540" y="560" font-size="18" fill="{brand}">{check_at}</text>"##,
            "</svg>"
        ),
        ns = OB_NAMESPACE,
        w = WIDTH,
        h = HEIGHT,
        lang = escape(art.lang),
        label = escape(&format!("{} — {} — {}", art.title, art.earned_by, art.date)),
        ribbon = RIBBON,
        brand = BRAND,
        ink = INK,
        muted = MUTED,
        issuer = escape(art.issuer),
        title = title,
        person_y = person_y,
        earned_by = escape(&shorten(art.earned_by, 36)),
        date_y = person_y + 45,
        date = escape(art.date),
        revoked = revoked.unwrap_or_default(),
        check_at = escape(&shorten(art.check_at, 62)),
    )
}

/// The fonts the PNG is drawn with, loaded once.
fn options() -> &'static resvg::usvg::Options<'static> {
    static OPTIONS: OnceLock<resvg::usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut options = resvg::usvg::Options {
            font_family: "DejaVu Sans".to_string(),
            ..Default::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(include_bytes!("../../../data/fonts/DejaVuSans.ttf").to_vec());
        fonts.load_font_data(include_bytes!("../../../data/fonts/DejaVuSans-Bold.ttf").to_vec());
        options
    })
}

/// The picture as PNG; `None` if the SVG cannot be drawn (it always can: it is ours).
pub fn png(svg: &str) -> Option<Vec<u8>> {
    let tree = resvg::usvg::Tree::from_str(svg, options()).ok()?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().ok()
}

/// The title in lines that fit beside the medal: a smaller size for long titles, and an
/// ellipsis past the last line.
fn title_lines(title: &str) -> (u32, Vec<String>) {
    for (size, chars, max_lines) in [(46, 20, 3), (40, 24, 3), (34, 28, 4)] {
        let lines = wrap(title, chars);
        if lines.len() <= max_lines {
            return (size, lines);
        }
    }
    let mut lines = wrap(title, 28);
    lines.truncate(4);
    if let Some(last) = lines.last_mut() {
        last.push('…');
    }
    (34, lines)
}

/// Words in lines of at most `width` characters (a longer word on its own line, cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let word = shorten(word, width);
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` cut to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

pub(super) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art<'a>(title: &'a str, revoked: Option<&'a str>) -> Art<'a> {
        Art {
            lang: "fr",
            issuer: "Social Tech Academy",
            title,
            earned_by: "Obtenu par Léa <Martin> & co",
            date: "6 décembre 2026",
            check_at: "Vérifier : example.org/badges/1",
            revoked,
        }
    }

    #[test]
    fn long_titles_wrap_and_shrink() {
        let (size, lines) = title_lines("Protéger les données des bénévoles");
        assert_eq!(size, 46);
        assert_eq!(lines, ["Protéger les données", "des bénévoles"]);
        let long = "un titre très long ".repeat(8);
        let (size, lines) = title_lines(&long);
        assert_eq!((size, lines.len()), (34, 4));
        assert!(lines[3].ends_with('…'));
    }

    #[test]
    fn the_svg_escapes_names() {
        let svg = svg(&art("Données & vie privée", None));
        assert!(svg.contains("Obtenu par Léa &lt;Martin&gt; &amp; co"));
        assert!(svg.contains("Données &amp; vie privée"));
        assert!(svg.starts_with(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0""#
        ));
        assert!(svg.contains("xml:lang=\"fr\""));
        assert!(!svg.contains(WARNING), "not revoked, no warning");
        assert!(super::svg(&art("x", Some("Révoqué"))).contains("Révoqué"));
    }

    #[test]
    fn the_png_is_drawn_at_its_size() {
        let Some(png) = png(&svg(&art("Protéger les données", None))) else {
            panic!("the badge could not be drawn");
        };
        assert_eq!(&png[1..4], b"PNG");
        assert_eq!(&png[16..24], [0, 0, 4, 176, 0, 0, 2, 118], "1200 × 630");
    }
}
