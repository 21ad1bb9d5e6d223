//! "Baking" a badge's picture with its signed credential, as Open Badges 3.0 §5.3 allows: an
//! `<openbadges:credential>` element in the SVG, an `openbadgecredential` iTXt chunk in the
//! PNG. Whoever receives the file alone can still check it; and reading them back.

use super::image::escape;

/// The PNG iTXt keyword of the baked credential.
pub const PNG_KEYWORD: &str = "openbadgecredential";

/// The SVG with the signed credential (a compact JWS) inside it.
pub fn bake_svg(svg: &str, jwt: &str) -> String {
    match svg.find('>') {
        Some(end) => format!(
            "{}<openbadges:credential>{}</openbadges:credential>{}",
            &svg[..=end],
            escape(jwt),
            &svg[end + 1..]
        ),
        None => svg.to_string(),
    }
}

/// The baked credential of an SVG made by `bake_svg`.
pub fn credential_in_svg(svg: &str) -> Option<&str> {
    let start = svg.find("<openbadges:credential>")? + "<openbadges:credential>".len();
    let end = svg[start..].find("</openbadges:credential>")?;
    Some(&svg[start..start + end])
}

/// The PNG with the credential in an uncompressed iTXt chunk just before `IEND`.
pub fn bake_png(png: &[u8], jwt: &str) -> Vec<u8> {
    // IEND is the last chunk: 4 bytes of length, "IEND", 4 bytes of CRC.
    let Some(split) = png.len().checked_sub(12) else {
        return png.to_vec();
    };
    let mut data = Vec::with_capacity(PNG_KEYWORD.len() + jwt.len() + 5);
    data.extend_from_slice(PNG_KEYWORD.as_bytes());
    // Null separator, no compression (flag, method), empty language tag and translated keyword.
    data.extend_from_slice(&[0, 0, 0, 0, 0]);
    data.extend_from_slice(jwt.as_bytes());
    let mut chunk = Vec::with_capacity(data.len() + 12);
    chunk.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
    let mut crc = crc32fast::Hasher::new();
    crc.update(b"iTXt");
    crc.update(&data);
    chunk.extend_from_slice(b"iTXt");
    chunk.extend_from_slice(&data);
    chunk.extend_from_slice(&crc.finalize().to_be_bytes());
    let mut out = png[..split].to_vec();
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[split..]);
    out
}

/// The text of the iTXt chunk named `keyword`, reading the PNG's chunks.
pub fn itxt_of(png: &[u8], keyword: &str) -> Option<String> {
    let mut at = 8;
    while at + 12 <= png.len() {
        let length = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
        let kind = &png[at + 4..at + 8];
        let data = png.get(at + 8..at + 8 + length)?;
        if kind == b"iTXt" {
            let mut parts = data.splitn(2, |b| *b == 0);
            if parts.next() == Some(keyword.as_bytes()) {
                // Compression flag and method, then the language tag and translated keyword.
                let rest = parts.next()?.get(2..)?;
                let mut fields = rest.splitn(3, |b| *b == 0);
                let _language = fields.next()?;
                let _translated = fields.next()?;
                return String::from_utf8(fields.next()?.to_vec()).ok();
            }
        }
        at += length + 12;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pathways::badges::image::{png, svg, Art};

    fn art() -> Art<'static> {
        Art {
            lang: "en",
            issuer: "Social Tech Academy",
            title: "Open data",
            earned_by: "Earned by Ada",
            date: "6 December 2026",
            check_at: "example.org/badges/1",
            revoked: None,
        }
    }

    #[test]
    fn the_svg_carries_the_credential() {
        let baked = bake_svg(&svg(&art()), "aaa.bbb.ccc");
        assert_eq!(credential_in_svg(&baked), Some("aaa.bbb.ccc"));
        assert!(baked.contains("</openbadges:credential><title"));
    }

    #[test]
    fn the_png_carries_the_credential_before_its_end() {
        let Some(png) = png(&svg(&art())) else {
            panic!("the badge could not be drawn");
        };
        let baked = bake_png(&png, "aaa.bbb.ccc");
        assert_eq!(itxt_of(&baked, PNG_KEYWORD).as_deref(), Some("aaa.bbb.ccc"));
        assert_eq!(&baked[baked.len() - 8..baked.len() - 4], b"IEND");
        assert_eq!(itxt_of(&png, PNG_KEYWORD), None);
    }
}
