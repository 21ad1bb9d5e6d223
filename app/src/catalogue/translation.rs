//! The language fallback of every content type: requested language → the item's original
//! language → English → any language it exists in.

use crate::i18n::Lang;
use std::collections::HashMap;

/// A text chosen for display, with the language it is really written in.
#[derive(Debug, PartialEq, Eq)]
pub struct Picked<'a, T> {
    pub text: &'a T,
    pub lang: Lang,
}

/// Chooses which translation of an item to show.
///
/// `available` holds the item's translations with their language codes, as stored.
pub fn pick<'a, T>(
    requested: Lang,
    original: Lang,
    available: impl IntoIterator<Item = (&'a str, &'a T)>,
) -> Option<Picked<'a, T>> {
    let mut found: Vec<(Lang, &'a T)> = available
        .into_iter()
        .filter_map(|(code, text)| Lang::parse(code).map(|lang| (lang, text)))
        .collect();
    let rank = |lang: Lang| {
        if lang == requested {
            0
        } else if lang == original {
            1
        } else if lang == Lang::En {
            2
        } else {
            3
        }
    };
    found.sort_by_key(|(lang, _)| (rank(*lang), *lang));
    found.into_iter().next().map(|(lang, text)| Picked { text, lang })
}

/// Groups translation rows by the id of the item they belong to, so a list's translations come
/// from one query whatever the number of items.
pub fn by_owner<T>(rows: Vec<T>, owner: impl Fn(&T) -> i32) -> HashMap<i32, Vec<T>> {
    let mut grouped: HashMap<i32, Vec<T>> = HashMap::new();
    for row in rows {
        grouped.entry(owner(&row)).or_default().push(row);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_requested_original_english_order() {
        let texts = [("en", "hello"), ("fr", "bonjour"), ("it", "ciao")];
        let got = |req, orig| pick(req, orig, texts.iter().map(|(l, t)| (*l, t))).map(|p| p.lang);
        assert_eq!(got(Lang::Fr, Lang::It), Some(Lang::Fr));
        assert_eq!(got(Lang::Es, Lang::It), Some(Lang::It));
        assert_eq!(got(Lang::Es, Lang::Es), Some(Lang::En));
        let only_it = [("it", "ciao")];
        assert_eq!(
            pick(Lang::Fr, Lang::Es, only_it.iter().map(|(l, t)| (*l, t))).map(|p| p.lang),
            Some(Lang::It)
        );
        let none: [(&str, &str); 0] = [];
        assert!(pick(Lang::Fr, Lang::Fr, none.iter().map(|(l, t)| (*l, t))).is_none());
    }
}
