//! An item as its editors write it: the language-neutral fields and the text of each language,
//! by field name. A revision keeps one (the proposed item), the editor's forms read and write
//! them, and the moderator reads the difference between two of them, field by field and
//! language by language.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One item's editable fields and texts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Language-neutral fields (dates as `YYYY-MM-DD`, codes as stored, empty when unset).
    pub fields: BTreeMap<String, String>,
    /// The text fields of each language the item is written in.
    pub texts: BTreeMap<Lang, BTreeMap<String, String>>,
}

impl Snapshot {
    /// A field's value (empty when unset).
    pub fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }

    /// A text field in `lang` (empty when that language has none).
    pub fn text(&self, lang: Lang, name: &str) -> String {
        self.texts
            .get(&lang)
            .and_then(|t| t.get(name))
            .cloned()
            .unwrap_or_default()
    }

    /// Whether the item has a text in `lang` (a translation with something in it).
    pub fn has_text(&self, lang: Lang) -> bool {
        self.texts
            .get(&lang)
            .is_some_and(|t| t.values().any(|v| !v.trim().is_empty()))
    }
}

/// A list of codes as one field: sorted, comma-separated.
pub fn joined<'a>(codes: impl IntoIterator<Item = &'a str>) -> String {
    let mut codes: Vec<&str> = codes.into_iter().collect();
    codes.sort_unstable();
    codes.dedup();
    codes.join(",")
}

/// The codes of a joined field.
pub fn split(field: &str) -> Vec<&str> {
    field
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// One field that differs between two snapshots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    /// The language of a text field (`None` for language-neutral fields).
    pub lang: Option<Lang>,
    pub before: String,
    pub after: String,
}

impl FieldChange {
    /// How the audit log names it: `city`, `title:fr`.
    pub fn code(&self) -> String {
        match self.lang {
            None => self.field.clone(),
            Some(lang) => format!("{}:{}", self.field, lang.code()),
        }
    }
}

/// What changed from `before` to `after`: neutral fields first, then each language's texts.
pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let names = |a: &BTreeMap<String, String>, b: &BTreeMap<String, String>| {
        let mut all: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
        all.sort();
        all.dedup();
        all
    };
    let empty = BTreeMap::new();
    // Row ids (`step.02.id`) say which stored row a part is, not what it says.
    for field in names(&before.fields, &after.fields)
        .into_iter()
        .filter(|f| !f.ends_with(".id"))
    {
        let (old, new) = (before.field(&field), after.field(&field));
        if old.trim() != new.trim() {
            changes.push(FieldChange {
                field,
                lang: None,
                before: old,
                after: new,
            });
        }
    }
    let mut langs: Vec<Lang> = before.texts.keys().chain(after.texts.keys()).copied().collect();
    langs.sort();
    langs.dedup();
    for lang in langs {
        let a = before.texts.get(&lang).unwrap_or(&empty);
        let b = after.texts.get(&lang).unwrap_or(&empty);
        for field in names(a, b) {
            let (old, new) = (before.text(lang, &field), after.text(lang, &field));
            if old.trim() != new.trim() {
                changes.push(FieldChange {
                    field,
                    lang: Some(lang),
                    before: old,
                    after: new,
                });
            }
        }
    }
    changes
}

/// The state of one language of an item, as its editors see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TranslationState {
    /// The language the item was written in.
    Original,
    /// No text in this language: readers see the fallback notice.
    Missing,
    /// Saved after the original's last change.
    Current,
    /// The original changed after this translation was last saved.
    OutOfDate,
}

impl TranslationState {
    /// Its Fluent key (`translation-state-out-of-date`).
    pub fn label_key(self) -> &'static str {
        match self {
            TranslationState::Original => "translation-state-original",
            TranslationState::Missing => "translation-state-missing",
            TranslationState::Current => "translation-state-current",
            TranslationState::OutOfDate => "translation-state-out-of-date",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(city: &str, title_fr: &str, title_es: Option<&str>) -> Snapshot {
        let mut s = Snapshot::default();
        s.fields.insert("city".into(), city.into());
        s.texts
            .entry(Lang::Fr)
            .or_default()
            .insert("title".into(), title_fr.into());
        if let Some(es) = title_es {
            s.texts
                .entry(Lang::Es)
                .or_default()
                .insert("title".into(), es.into());
        }
        s
    }

    #[test]
    fn the_difference_names_each_field_and_language() {
        let before = snapshot("Lyon", "Animatrice", None);
        let after = snapshot("Lyon", "Animatrice numérique", Some("Animadora"));
        let codes: Vec<String> = diff(&before, &after).iter().map(|c| c.code()).collect();
        assert_eq!(
            codes,
            ["title:fr", "title:es"],
            "languages in the order of `Lang`"
        );
        let moved = snapshot("Lille", "Animatrice", None);
        let changes = diff(&before, &moved);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            (changes[0].before.as_str(), changes[0].after.as_str()),
            ("Lyon", "Lille")
        );
        assert!(diff(&before, &before).is_empty());
        assert!(after.has_text(Lang::Es) && !before.has_text(Lang::Es));
    }
}
