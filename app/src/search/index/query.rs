//! Reading a query: each word is found in a title or body as its stem in any of the four
//! languages or as itself; a word found nowhere — a typo — of five letters or more is found with
//! one letter wrong, missing, extra or swapped (two from nine letters). Items holding every word
//! come first; when none does, those holding some. Titles count three times the body; rarer
//! words count more (BM25). Ties: the fresher first, then the kind and id.

use super::collect::AllHits;
use super::{Found, Hit, Scope, SearchIndex, MAX_CHARS, MAX_WORDS, TITLE_BOOST};
use crate::search::analysis::{is_stop_word, plain, stemmed, terms};
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

/// How many letters a word may have wrong to be found, by its length.
pub(super) fn typos_allowed(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

impl SearchIndex {
    /// The words of a query as typed: at most `MAX_CHARS` characters and `MAX_WORDS` words,
    /// folded (nothing is ever read as search syntax), without the stop words unless there is
    /// nothing else ("protección de datos" asks for "proteccion" and "datos").
    pub fn words(query: &str) -> Vec<String> {
        let head: String = query.chars().take(MAX_CHARS).collect();
        let mut words = terms(&mut plain(), &head);
        let mut seen = std::collections::HashSet::new();
        words.retain(|w| seen.insert(w.clone()));
        if words.iter().any(|w| !is_stop_word(w)) {
            words.retain(|w| !is_stop_word(w));
        }
        words.truncate(MAX_WORDS);
        words
    }

    /// The terms a word is found by as it is written: its stems in each language (titles
    /// flagged) and itself, read plainly (a stop word only plainly: it is in nearly everything).
    fn exact_terms(&self, word: &str) -> Vec<(Term, bool)> {
        let f = &self.fields;
        let mut found: Vec<(Term, bool)> = Vec::new();
        let stemmed_fields = if is_stop_word(word) {
            &[][..]
        } else {
            &f.stemmed[..]
        };
        for (lang, title, body) in stemmed_fields {
            for stem in terms(&mut stemmed(*lang), word) {
                found.push((Term::from_field_text(*title, &stem), true));
                found.push((Term::from_field_text(*body, &stem), false));
            }
        }
        found.push((Term::from_field_text(f.title_plain, word), true));
        found.push((Term::from_field_text(f.body_plain, word), false));
        found
    }

    /// Whether some item holds `word` as written (or one of its stems).
    pub(super) fn is_known(&self, searcher: &Searcher, word: &str) -> tantivy::Result<bool> {
        for (term, _) in self.exact_terms(word) {
            if searcher.doc_freq(&term)? > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Everything one word may match: its stems in each language and itself; a word found
    /// nowhere (a typo) matches its near spellings instead, so that a plural and its singular
    /// always find the same items.
    fn word_query(&self, searcher: &Searcher, word: &str) -> tantivy::Result<Box<dyn Query>> {
        let f = &self.fields;
        let distance = typos_allowed(word);
        let boosted = |query: Box<dyn Query>, title: bool| {
            let boost = if title { TITLE_BOOST } else { 1.0 };
            (
                Occur::Should,
                Box::new(BoostQuery::new(query, boost)) as Box<dyn Query>,
            )
        };
        let clauses: Vec<(Occur, Box<dyn Query>)> = if distance == 0 || self.is_known(searcher, word)? {
            self.exact_terms(word)
                .into_iter()
                .map(|(term, title)| {
                    boosted(
                        Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                        title,
                    )
                })
                .collect()
        } else {
            [(f.title_plain, true), (f.body_plain, false)]
                .into_iter()
                .map(|(field, title)| {
                    let term = Term::from_field_text(field, word);
                    boosted(Box::new(FuzzyTermQuery::new(term, distance, true)), title)
                })
                .collect()
        };
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Every item matching `query` (as typed) in `scope`, the best first.
    pub fn search(&self, query: &str, scope: Scope) -> tantivy::Result<Vec<Hit>> {
        Ok(self.find(query, scope)?.hits)
    }

    /// Every item matching `query` in `scope`: those holding every word, or when none does,
    /// those holding some.
    pub fn find(&self, query: &str, scope: Scope) -> tantivy::Result<Found> {
        let mut found = self.find_unordered(query, scope)?;
        Hit::sort(&mut found.hits);
        Ok(found)
    }

    /// The same items in no particular order, for a caller that needs only some of them in
    /// order (the site-wide search's best few of each kind).
    pub fn find_unordered(&self, query: &str, scope: Scope) -> tantivy::Result<Found> {
        let words = Self::words(query);
        if words.is_empty() {
            return Ok(Found::default());
        }
        let scored = words.iter().any(|w| !is_stop_word(w));
        let every = self.run(&words, scope, Occur::Must, scored)?;
        if !every.is_empty() || words.len() == 1 {
            return Ok(Found {
                every_word: !every.is_empty(),
                hits: every,
                scored,
            });
        }
        let some = self.run(&words, scope, Occur::Should, scored)?;
        Ok(Found {
            hits: some,
            every_word: false,
            scored,
        })
    }

    /// The items holding the words (`each`: every word, or some) in `scope`, in no order.
    pub(super) fn run(
        &self,
        words: &[String],
        scope: Scope,
        each: Occur,
        scored: bool,
    ) -> tantivy::Result<Vec<Hit>> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in words {
            clauses.push((each, self.word_query(&searcher, word)?));
        }
        if let Some(lang) = scope.lang {
            let term = Term::from_field_text(f.langs, lang.code());
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ));
        }
        if !scope.kinds.is_empty() {
            let kinds: Vec<(Occur, Box<dyn Query>)> = scope
                .kinds
                .iter()
                .map(|k| {
                    let term = Term::from_field_u64(f.kind, k.number());
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                    )
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(kinds))));
        }
        searcher.search(&BooleanQuery::new(clauses), &AllHits { scored })
    }
}
