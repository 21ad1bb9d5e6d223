//! How the search reads words, per language: split on anything but letters and digits, lower
//! case, accents removed, then the language's stemmer and a few derivation rules (plural and
//! singular, masculine and feminine, common derived forms fall together: "formations" →
//! "format", "développeuses" → "developp") — applied alike to what is indexed and to what is typed. Beside it, a "plain" reading
//! (no stemmer) that finds a word typed in one language in a text of another when they are the
//! same word once folded, and that typos are matched against.

use crate::i18n::Lang;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter,
    TextAnalyzer, TokenStream,
};

/// Words longer than this are not indexed (nobody types them; they are usually garbage).
const LONGEST: usize = 40;

/// The stemmer's language for a portal language.
pub fn stemmer_language(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::English,
        Lang::Fr => Language::French,
        Lang::Es => Language::Spanish,
        Lang::It => Language::Italian,
    }
}

/// The tokenizer name of `lang`'s analyser in an index (`stem_fr`).
pub fn stemmed_name(lang: Lang) -> String {
    format!("stem_{}", lang.code())
}

/// The tokenizer name of the plain analyser.
pub const PLAIN: &str = "plain";

/// `lang`'s analyser: words, lower case, stemmed, folded.
pub fn stemmed(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST))
        .filter(LowerCaser)
        // Folded before stemming: people type without accents, and "donnees" must stem as
        // "données" does.
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(stemmer_language(lang)))
        .filter(super::derived::Derived(lang))
        .build()
}

/// The plain analyser: words, lower case, folded.
pub fn plain() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Whether a folded word says nothing alone: one letter, or a stop word of one of the
/// languages ("de", "the", "per", "y"). A query leaves them out when it has other words.
pub fn is_stop_word(word: &str) -> bool {
    use std::sync::OnceLock;
    static FILTERS: OnceLock<Vec<std::sync::Mutex<TextAnalyzer>>> = OnceLock::new();
    if word.chars().count() <= 1 {
        return true;
    }
    let filters = FILTERS.get_or_init(|| {
        Lang::ALL
            .iter()
            .filter_map(|lang| StopWordFilter::new(stemmer_language(*lang)))
            .map(|filter| {
                std::sync::Mutex::new(
                    TextAnalyzer::builder(SimpleTokenizer::default())
                        .filter(LowerCaser)
                        .filter(filter)
                        .build(),
                )
            })
            .collect()
    });
    filters.iter().any(|filter| {
        let mut analyzer = filter.lock().unwrap_or_else(|e| e.into_inner());
        terms(&mut analyzer, word).is_empty()
    })
}

/// The terms `analyzer` makes of `text`, in order.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests;
