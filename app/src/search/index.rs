//! The index of one app server: every published item of every kind, each translation's title
//! and body read by its language's analyser, and all of them read plainly (folded, not stemmed)
//! for words that are the same across languages and for typos. Kept in memory; what it holds is
//! rebuilt from the database and changed item by item (`replace`).
//!
//! A query: each word is found in a title or body as its stem in any of the four languages or
//! as itself; a word found nowhere — a typo — of five letters or more is found with one letter
//! wrong, missing, extra or swapped (two from nine letters). Items holding every word come first; when none does, those
//! holding some. Titles count three times the body; rarer words count more (BM25). Ties: the
//! fresher first, then the kind and id, so the same query always gives the same order.

use super::analysis::{plain, stemmed, stemmed_name, terms, PLAIN};
pub use super::kind::Kind;
use crate::i18n::Lang;
use std::sync::Mutex;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

/// An item as the index reads it: its texts in each language it is written in, and how fresh it
/// is (seconds since 1970: publication, or the start of a webinar).
#[derive(Clone, Debug)]
pub struct SearchDoc {
    pub kind: Kind,
    pub id: i32,
    /// Its address's last part (not indexed: for the results' links).
    pub slug: String,
    pub fresh: i64,
    /// (language, title, body) of each translation.
    pub texts: Vec<(Lang, String, String)>,
}

/// An item found, with its relevance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub id: i32,
    pub score: f32,
}

/// The most words of a query that are searched.
pub const MAX_WORDS: usize = 8;
/// The longest query read, in characters.
pub const MAX_CHARS: usize = 200;
/// How much more a word in a title counts than one in the body.
const TITLE_BOOST: f32 = 3.0;

struct Fields {
    key: Field,
    kind: Field,
    id: Field,
    fresh: Field,
    /// (language, title, body) fields read by the language's analyser.
    stemmed: Vec<(Lang, Field, Field)>,
    title_plain: Field,
    body_plain: Field,
}

/// The index of one app server.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

fn text_field(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

impl SearchIndex {
    /// An empty index.
    pub fn new() -> tantivy::Result<SearchIndex> {
        let mut builder = Schema::builder();
        let key = builder.add_text_field("key", STRING);
        let kind = builder.add_u64_field("kind", INDEXED | FAST);
        let id = builder.add_i64_field("id", FAST);
        let fresh = builder.add_i64_field("fresh", FAST);
        let stemmed_fields = Lang::ALL
            .iter()
            .map(|lang| {
                let options = text_field(&stemmed_name(*lang));
                (
                    *lang,
                    builder.add_text_field(&format!("title_{}", lang.code()), options.clone()),
                    builder.add_text_field(&format!("body_{}", lang.code()), options),
                )
            })
            .collect();
        let title_plain = builder.add_text_field("title_plain", text_field(PLAIN));
        let body_plain = builder.add_text_field("body_plain", text_field(PLAIN));
        let index = Index::create_in_ram(builder.build());
        for lang in Lang::ALL {
            index.tokenizers().register(&stemmed_name(lang), stemmed(lang));
        }
        index.tokenizers().register(PLAIN, plain());
        // One thread: the machine has two cores and requests to answer.
        let writer = index.writer_with_num_threads(1, 30_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields: Fields {
                key,
                kind,
                id,
                fresh,
                stemmed: stemmed_fields,
                title_plain,
                body_plain,
            },
        })
    }

    fn key(kind: Kind, id: i32) -> String {
        format!("{}:{id}", kind.number())
    }

    /// Replaces items: each (kind, id) leaves the index and comes back with its new document,
    /// or stays out (`None`: no longer published). Searches see all of it at once.
    pub fn replace(&self, changes: Vec<(Kind, i32, Option<SearchDoc>)>) -> tantivy::Result<()> {
        let f = &self.fields;
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        for (kind, id, doc) in changes {
            writer.delete_term(Term::from_field_text(f.key, &Self::key(kind, id)));
            let Some(doc) = doc else { continue };
            let mut out = TantivyDocument::default();
            out.add_text(f.key, Self::key(doc.kind, doc.id));
            out.add_u64(f.kind, doc.kind.number());
            out.add_i64(f.id, i64::from(doc.id));
            out.add_i64(f.fresh, doc.fresh);
            for (lang, title, body) in &doc.texts {
                if let Some((_, title_field, body_field)) = f.stemmed.iter().find(|(l, _, _)| l == lang) {
                    out.add_text(*title_field, title);
                    out.add_text(*body_field, body);
                }
                out.add_text(f.title_plain, title);
                out.add_text(f.body_plain, body);
            }
            writer.add_document(out)?;
        }
        writer.commit()?;
        drop(writer);
        self.reader.reload()
    }

    /// The words of a query as typed: at most `MAX_CHARS` characters and `MAX_WORDS` words,
    /// folded (nothing is ever read as search syntax).
    pub fn words(query: &str) -> Vec<String> {
        let head: String = query.chars().take(MAX_CHARS).collect();
        let mut words = terms(&mut plain(), &head);
        words.dedup();
        words.truncate(MAX_WORDS);
        words
    }

    /// Everything one word may match: its stems in each language and itself; a word found
    /// nowhere (a typo) matches its near spellings instead, so that a plural and its singular
    /// always find the same items.
    fn word_query(&self, searcher: &Searcher, word: &str) -> tantivy::Result<Box<dyn Query>> {
        let f = &self.fields;
        let mut terms_of_word: Vec<(Term, bool)> = Vec::new();
        for (lang, title, body) in &f.stemmed {
            for stem in terms(&mut stemmed(*lang), word) {
                terms_of_word.push((Term::from_field_text(*title, &stem), true));
                terms_of_word.push((Term::from_field_text(*body, &stem), false));
            }
        }
        terms_of_word.push((Term::from_field_text(f.title_plain, word), true));
        terms_of_word.push((Term::from_field_text(f.body_plain, word), false));
        let mut known = false;
        for (term, _) in &terms_of_word {
            if searcher.doc_freq(term)? > 0 {
                known = true;
                break;
            }
        }
        let letters = word.chars().count();
        let distance = match letters {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        let clauses: Vec<(Occur, Box<dyn Query>)> = if known || distance == 0 {
            terms_of_word
                .into_iter()
                .map(|(term, title)| {
                    let boost = if title { TITLE_BOOST } else { 1.0 };
                    let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(query), boost)) as Box<dyn Query>,
                    )
                })
                .collect()
        } else {
            [(f.title_plain, TITLE_BOOST), (f.body_plain, 1.0)]
                .into_iter()
                .map(|(field, boost)| {
                    let fuzzy = FuzzyTermQuery::new(Term::from_field_text(field, word), distance, true);
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(fuzzy), boost)) as Box<dyn Query>,
                    )
                })
                .collect()
        };
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Every item matching `query` (as typed) among `kinds` (all when empty), the best first.
    pub fn search(&self, query: &str, kinds: &[Kind]) -> tantivy::Result<Vec<Hit>> {
        let words = Self::words(query);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let every = self.run(&words, kinds, Occur::Must)?;
        if !every.is_empty() || words.len() == 1 {
            return Ok(every);
        }
        self.run(&words, kinds, Occur::Should)
    }

    fn run(&self, words: &[String], kinds: &[Kind], each: Occur) -> tantivy::Result<Vec<Hit>> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in words {
            clauses.push((each, self.word_query(&searcher, word)?));
        }
        if !kinds.is_empty() {
            let kinds: Vec<(Occur, Box<dyn Query>)> = kinds
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
        let query = BooleanQuery::new(clauses);
        let limit = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX).max(1);
        let found = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut hits = Vec::with_capacity(found.len());
        for (score, address) in found {
            let fast = searcher.segment_reader(address.segment_ord).fast_fields();
            let kind = fast
                .u64("kind")?
                .first(address.doc_id)
                .and_then(Kind::from_number);
            let id = fast.i64("id")?.first(address.doc_id);
            let fresh = fast.i64("fresh")?.first(address.doc_id).unwrap_or(0);
            if let (Some(kind), Some(id)) = (kind, id.and_then(|i| i32::try_from(i).ok())) {
                hits.push((Hit { kind, id, score }, fresh));
            }
        }
        // Scores to two decimals: servers whose indexes saw the same items by different
        // routes (a rebuild, changes one by one) keep the same order.
        let rounded = |s: f32| (s * 100.0).round() as i64;
        hits.sort_by(|(a, af), (b, bf)| {
            rounded(b.score)
                .cmp(&rounded(a.score))
                .then(bf.cmp(af))
                .then(a.kind.cmp(&b.kind))
                .then(a.id.cmp(&b.id))
        });
        Ok(hits.into_iter().map(|(h, _)| h).collect())
    }

    /// Number of items held.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index's memory, approximately (its segments' bytes).
    pub fn approximate_bytes(&self) -> u64 {
        self.reader
            .searcher()
            .segment_readers()
            .iter()
            .map(|s| s.space_usage().map(|u| u.total().get_bytes()).unwrap_or(0))
            .sum()
    }

    /// The `tantivy` index (tests and benchmarks).
    pub fn inner(&self) -> &Index {
        &self.index
    }
}

#[cfg(test)]
mod tests;
