//! How the search reads words, per language: split on anything but letters and digits, lower
//! case, accents removed, then the language's stemmer and a few derivation rules (plural and
//! singular, masculine and feminine, common derived forms fall together: "formations" →
//! "format", "développeuses" → "developp") — applied alike to what is indexed and to what is typed. Beside it, a "plain" reading
//! (no stemmer) that finds a word typed in one language in a text of another when they are the
//! same word once folded, and that typos are matched against.

use crate::i18n::Lang;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
    TokenStream,
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
