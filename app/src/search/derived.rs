//! Derived forms the stemmers leave apart, brought together after stemming and folding: in
//! French the stemmer keeps "-eur" and "-rice" ("formateur", "formatrice", "développeur" /
//! "développeuse"), "-at" ("bénévole" / "bénévolat") and, on unaccented text, a final "-e"
//! ("chargée" typed "chargee"). A few suffix rules per language, on
//! stems long enough that the rest still means something.

use crate::i18n::Lang;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// (suffix, shortest stem it is removed from) per language, tried in order, the first that
/// applies wins.
fn rules(lang: Lang) -> &'static [(&'static str, usize)] {
    match lang {
        Lang::Fr => &[("eur", 7), ("ric", 7), ("at", 8), ("e", 5)],
        Lang::En | Lang::Es | Lang::It => &[],
    }
}

/// The derived form of a stemmed, folded term.
pub fn derive(lang: Lang, term: &str) -> Option<&str> {
    rules(lang)
        .iter()
        .find(|(suffix, shortest)| term.len() >= *shortest && term.ends_with(suffix))
        .map(|(suffix, _)| &term[..term.len() - suffix.len()])
}

/// The token filter applying `derive`.
#[derive(Clone)]
pub struct Derived(pub Lang);

impl TokenFilter for Derived {
    type Tokenizer<T: Tokenizer> = DerivedTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DerivedTokenizer<T> {
        DerivedTokenizer {
            lang: self.0,
            tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct DerivedTokenizer<T> {
    lang: Lang,
    tokenizer: T,
}

impl<T: Tokenizer> Tokenizer for DerivedTokenizer<T> {
    type TokenStream<'a> = DerivedStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> DerivedStream<T::TokenStream<'a>> {
        DerivedStream {
            lang: self.lang,
            tail: self.tokenizer.token_stream(text),
        }
    }
}

pub struct DerivedStream<T> {
    lang: Lang,
    tail: T,
}

impl<T: TokenStream> TokenStream for DerivedStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let lang = self.lang;
        let token = self.tail.token_mut();
        if let Some(shorter) = derive(lang, &token.text).map(str::len) {
            token.text.truncate(shorter);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
