//! "Did you mean …?": when a query finds nothing, each word no item holds is replaced by the
//! nearest word the index has (fewest letters changed, then the most used, then alphabetical,
//! so the same query always gets the same suggestion), looking a letter further than the search
//! itself does. Offered only when the corrected query finds something.

use super::query::typos_allowed;
use super::{Scope, SearchIndex};
use std::collections::HashMap;
use tantivy::query::FuzzyTermQuery;
use tantivy::{Searcher, Term};

/// How far a suggestion may be from the word typed: one letter more than the search allows,
/// two at most; words of three letters or fewer are left as they are.
fn reach(word: &str) -> u8 {
    if word.chars().count() < 4 {
        0
    } else {
        (typos_allowed(word) + 1).min(2)
    }
}

impl SearchIndex {
    /// A spelling of `query` that finds something in `scope`, when `query` itself has words no
    /// item holds.
    pub fn suggest(&self, query: &str, scope: Scope) -> tantivy::Result<Option<String>> {
        let words = Self::words(query);
        let searcher = self.reader.searcher();
        let mut corrected = Vec::with_capacity(words.len());
        let mut changed = false;
        for word in &words {
            if self.is_known(&searcher, word)? {
                corrected.push(word.clone());
                continue;
            }
            match self.nearest(&searcher, word)? {
                Some(near) => {
                    changed = true;
                    corrected.push(near);
                }
                None => corrected.push(word.clone()),
            }
        }
        if !changed {
            return Ok(None);
        }
        let suggestion = corrected.join(" ");
        Ok((!self.search(&suggestion, scope)?.is_empty()).then_some(suggestion))
    }

    /// The nearest word to `word` in the titles and bodies (read plainly).
    fn nearest(&self, searcher: &Searcher, word: &str) -> tantivy::Result<Option<String>> {
        let distance = reach(word);
        if distance == 0 {
            return Ok(None);
        }
        let f = &self.fields;
        let mut used: HashMap<String, u64> = HashMap::new();
        for field in [f.title_plain, f.body_plain] {
            let query = FuzzyTermQuery::new(Term::from_field_text(field, word), distance, true);
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(field)?;
                let mut stream = inverted.terms().search(query.automaton()?).into_stream()?;
                while stream.advance() {
                    if let Ok(term) = std::str::from_utf8(stream.key()) {
                        *used.entry(term.to_string()).or_default() += u64::from(stream.value().doc_freq);
                    }
                }
            }
        }
        Ok(used
            .into_iter()
            .map(|(term, count)| (strsim::osa_distance(word, &term), std::cmp::Reverse(count), term))
            .min()
            .map(|(_, _, term)| term))
    }
}
