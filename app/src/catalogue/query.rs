//! Lenient parsing of list query strings: a bad value is dropped and reported, never an error.

use serde::{Deserialize, Serialize};

/// Items per page on every list.
pub const PAGE_SIZE: u64 = 20;

/// Most values of one filter a query may combine.
pub const MAX_VALUES: usize = 20;

/// A query string decoded leniently (invalid UTF-8 becomes U+FFFD, never an error).
#[derive(Clone, Debug, Default)]
pub struct RawQuery {
    pairs: Vec<(String, String)>,
}

/// The names of parameters whose value could not be used, for the notice on the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored(pub Vec<String>);

impl Ignored {
    pub fn add(&mut self, name: &str) {
        if !self.0.iter().any(|n| n == name) {
            self.0.push(name.to_string());
        }
    }
}

impl RawQuery {
    pub fn parse(raw: &str) -> Self {
        let raw = raw.strip_prefix('?').unwrap_or(raw);
        let pairs = raw
            .split('&')
            .filter(|part| !part.is_empty())
            .map(|part| {
                let (name, value) = part.split_once('=').unwrap_or((part, ""));
                (decode(name), decode(value))
            })
            .collect();
        RawQuery { pairs }
    }

    /// The first non-empty value of `name`, trimmed; `None` when absent or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .find(|v| !v.is_empty())
    }

    /// A value that must be one of `allowed`; anything else is reported as ignored. The match
    /// ignores case and treats `-` and `_` alike (`kind=social-enterprise`, `country=fr`), and
    /// returns the canonical spelling.
    pub fn one_of(&self, name: &str, allowed: &[&str], ignored: &mut Ignored) -> Option<String> {
        let value = self.get(name)?;
        let wanted = loose(value);
        match allowed.iter().find(|a| loose(a) == wanted) {
            Some(found) => Some((*found).to_string()),
            None => {
                ignored.add(name);
                None
            }
        }
    }

    /// Every non-empty value of `name`, trimmed, in order, without repeats (at most
    /// `MAX_VALUES`: a longer list is cut and reported).
    pub fn values(&self, name: &str, ignored: &mut Ignored) -> Vec<&str> {
        let mut values: Vec<&str> = Vec::new();
        for value in self
            .pairs
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
        {
            if values.len() == MAX_VALUES {
                ignored.add(name);
                break;
            }
            if !values.contains(&value) {
                values.push(value);
            }
        }
        values
    }

    /// Every value of `name` that is one of `allowed` (canonical spelling, as `one_of`); the
    /// others are reported as ignored. Several values of one filter mean "any of them".
    pub fn any_of(&self, name: &str, allowed: &[&str], ignored: &mut Ignored) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for value in self.values(name, ignored) {
            let wanted = loose(value);
            match allowed.iter().find(|a| loose(a) == wanted) {
                Some(a) if !found.iter().any(|f| f == a) => found.push((*a).to_string()),
                Some(_) => {}
                None => ignored.add(name),
            }
        }
        found
    }

    /// The page number, 1-based; a negative, zero, non-numeric or absurd value is ignored.
    pub fn page(&self, ignored: &mut Ignored) -> u64 {
        match self.get("page") {
            None => 1,
            Some(value) => match value.parse::<u64>() {
                Ok(n) if (1..=100_000).contains(&n) => n,
                _ => {
                    ignored.add("page");
                    1
                }
            },
        }
    }
}

/// The form two spellings of one code share.
fn loose(value: &str) -> String {
    value.to_lowercase().replace('-', "_")
}

/// Percent-decodes a query component, `+` meaning a space, invalid UTF-8 replaced.
fn decode(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// Whether `slug` could name an item (`a-z`, `0-9`, `-`, at most 120 characters). Anything else
/// is answered "not found" without asking the database (which may reject bytes such as NUL).
pub fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Where a list page stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInfo {
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

impl PageInfo {
    /// Clamps `page` into the existing pages, reporting it when it was beyond the last one.
    pub fn new(page: u64, total: u64, ignored: &mut Ignored) -> Self {
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = if page > pages {
            ignored.add("page");
            pages
        } else {
            page
        };
        PageInfo { page, pages, total }
    }

    pub fn offset(&self) -> u64 {
        (self.page - 1) * PAGE_SIZE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_leniently() {
        let q = RawQuery::parse("?country=FR&q=caf%C3%A9+bar&bad=%FF%FE&x=%zz&page=-3");
        assert_eq!(q.get("country"), Some("FR"));
        assert_eq!(q.get("q"), Some("café bar"));
        assert_eq!(q.get("bad"), Some("\u{FFFD}\u{FFFD}"));
        assert_eq!(q.get("x"), Some("%zz"));
        let mut ignored = Ignored::default();
        assert_eq!(q.page(&mut ignored), 1);
        assert_eq!(ignored.0, vec!["page".to_string()]);
    }

    #[test]
    fn trailing_percent_is_kept() {
        assert_eq!(RawQuery::parse("a=50%").get("a"), Some("50%"));
        assert_eq!(RawQuery::parse("a=%4").get("a"), Some("%4"));
    }

    #[test]
    fn rejects_unknown_values() {
        let q = RawQuery::parse("kind=<script>&country=FR");
        let mut ignored = Ignored::default();
        assert_eq!(q.one_of("kind", &["cooperative"], &mut ignored), None);
        assert_eq!(q.one_of("country", &["FR"], &mut ignored), Some("FR".into()));
        assert_eq!(ignored.0, vec!["kind".to_string()]);
        let loose = RawQuery::parse("kind=Social-Enterprise&country=fr");
        assert_eq!(
            loose
                .one_of("kind", &["social_enterprise"], &mut ignored)
                .as_deref(),
            Some("social_enterprise")
        );
        assert_eq!(
            loose.one_of("country", &["FR"], &mut ignored).as_deref(),
            Some("FR")
        );
    }

    #[test]
    fn clamps_pages() {
        let mut ignored = Ignored::default();
        let info = PageInfo::new(9, 25, &mut ignored);
        assert_eq!((info.page, info.pages), (2, 2));
        assert_eq!(ignored.0.len(), 1);
    }
}
