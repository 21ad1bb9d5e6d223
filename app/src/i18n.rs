//! Languages, Fluent look-ups and language negotiation.
//!
//! Every user-facing string comes from `locales/<lang>/*.ftl`. The look-up runs on the server only:
//! page components render there (islands mode), and islands receive the strings they show as props,
//! so no Fluent bundle ever reaches the WASM.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A language the portal is written in (stored as its code through SeaORM's active enum).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
)]
pub enum Lang {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "en"))]
    En,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "fr"))]
    Fr,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "es"))]
    Es,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "it"))]
    It,
}

impl Lang {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::It];

    /// The BCP 47 code used in URLs, `lang` attributes and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
        }
    }

    /// The Fluent key of the language's own name for itself (`lang-endonym-fr` = "Français"),
    /// shown in the switcher: the same in every locale.
    pub fn endonym_key(self) -> String {
        format!("lang-endonym-{}", self.code())
    }

    /// Parses an exact language code as found in a URL or the database.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Picks the best language from an `Accept-Language` header, English when nothing matches.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (index, part) in accept_language.split(',').enumerate() {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            let Some(lang) = Lang::parse(primary) else {
                continue;
            };
            if quality <= 0.0 {
                continue;
            }
            // Highest quality wins; on a tie, the one listed first.
            let better = match best {
                None => true,
                Some((q, i, _)) => quality > q || (quality == q && index < i),
            };
            if better {
                best = Some((quality, index, lang));
            }
        }
        best.map(|(_, _, l)| l).unwrap_or(Lang::En)
    }
}

/// The language of the page being rendered, provided by the layout.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::En)
}

/// The language of the request being rendered: its URL prefix when it is a known language,
/// otherwise the best match of `Accept-Language` (used by the shell and pages outside a prefix).
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>() {
        let first = parts
            .uri
            .path()
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or("");
        if let Some(lang) = Lang::parse(first) {
            return lang;
        }
        let accept = parts
            .headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        return Lang::negotiate(accept);
    }
    use_lang()
}

/// Translates `key` in the page's language.
pub fn t(key: &str) -> String {
    tr(use_lang(), key)
}

/// Translates `key` with arguments in the page's language.
pub fn t_args(key: &str, args: &[(&str, FluentArg)]) -> String {
    tr_args(use_lang(), key, args)
}

/// An argument passed to a Fluent message.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FluentArg {
    Str(String),
    Num(i64),
}

impl From<&str> for FluentArg {
    fn from(value: &str) -> Self {
        FluentArg::Str(value.to_string())
    }
}
impl From<String> for FluentArg {
    fn from(value: String) -> Self {
        FluentArg::Str(value)
    }
}
impl From<i64> for FluentArg {
    fn from(value: i64) -> Self {
        FluentArg::Num(value)
    }
}

#[cfg(feature = "ssr")]
mod lookup {
    use super::{FluentArg, Lang};
    use fluent_templates::fluent_bundle::FluentValue;
    use fluent_templates::{LanguageIdentifier, Loader};
    use std::borrow::Cow;
    use std::collections::HashMap;

    fluent_templates::static_loader! {
        static LOCALES = {
            locales: "../locales",
            fallback_language: "en",
            customise: |bundle| bundle.set_use_isolating(false),
        };
    }

    fn langid(lang: Lang) -> LanguageIdentifier {
        match lang {
            Lang::En => fluent_templates::langid!("en"),
            Lang::Fr => fluent_templates::langid!("fr"),
            Lang::Es => fluent_templates::langid!("es"),
            Lang::It => fluent_templates::langid!("it"),
        }
    }

    pub fn tr(lang: Lang, key: &str) -> String {
        LOCALES
            .try_lookup(&langid(lang), key)
            .unwrap_or_else(|| missing(lang, key))
    }

    pub fn tr_args(lang: Lang, key: &str, args: &[(&str, FluentArg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    FluentArg::Str(s) => FluentValue::from(s.clone()),
                    FluentArg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Owned((*name).to_string()), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&langid(lang), key, &map)
            .unwrap_or_else(|| missing(lang, key))
    }

    /// The message `key` when the language has one (for names only some values have: a zone's
    /// city).
    pub fn try_tr(lang: Lang, key: &str) -> Option<String> {
        LOCALES.try_lookup(&langid(lang), key)
    }

    fn missing(lang: Lang, key: &str) -> String {
        tracing::error!(lang = lang.code(), key, "missing Fluent message");
        key.to_string()
    }
}

#[cfg(feature = "ssr")]
pub use lookup::{tr, tr_args, try_tr};

/// In the browser build no page text is translated: islands get their strings as props.
#[cfg(not(feature = "ssr"))]
pub fn tr(_lang: Lang, key: &str) -> String {
    key.to_string()
}

#[cfg(not(feature = "ssr"))]
pub fn try_tr(_lang: Lang, _key: &str) -> Option<String> {
    None
}

#[cfg(not(feature = "ssr"))]
pub fn tr_args(_lang: Lang, key: &str, _args: &[(&str, FluentArg)]) -> String {
    key.to_string()
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn negotiates_from_accept_language() {
        assert_eq!(Lang::negotiate("fr-BE,fr;q=0.9,en;q=0.8"), Lang::Fr);
        assert_eq!(Lang::negotiate("de-DE,it;q=0.5,es;q=0.7"), Lang::Es);
        assert_eq!(Lang::negotiate("de-DE"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("it;q=0, es"), Lang::Es);
        assert_eq!(Lang::negotiate("*;q=;;,,garbage"), Lang::En);
    }
}
