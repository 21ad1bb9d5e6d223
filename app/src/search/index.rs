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

use super::analysis::{plain, stemmed, stemmed_name, PLAIN};
pub use super::kind::Kind;
use crate::i18n::Lang;
use std::sync::Mutex;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

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
    /// As `SearchDoc::fresh`.
    pub fresh: i64,
}

impl Hit {
    /// The score to two decimals: servers whose indexes saw the same items by different routes
    /// (a rebuild, changes one by one) compare equal scores equal, so they keep the same order.
    pub fn rounded(&self) -> i64 {
        (self.score * 100.0).round() as i64
    }

    /// Where the hit comes in the results: the best score, then the freshest, then kind and
    /// id — a total order, so the same on every server and safe for unstable sorting.
    pub fn order(&self) -> (std::cmp::Reverse<i64>, std::cmp::Reverse<i64>, Kind, i32) {
        (
            std::cmp::Reverse(self.rounded()),
            std::cmp::Reverse(self.fresh),
            self.kind,
            self.id,
        )
    }

    /// Sorts `hits` in results order (each key computed once: there may be 100,000).
    pub fn sort(hits: &mut [Hit]) {
        hits.sort_by_cached_key(Hit::order);
    }
}

/// Where a query looks: among some kinds (all when empty), in one language's items or all.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scope<'a> {
    pub kinds: &'a [Kind],
    /// Only items with a translation in this language.
    pub lang: Option<Lang>,
}

/// What a query found, the best first, and whether they hold every word (when no item does,
/// those holding some are found instead).
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub every_word: bool,
    /// Whether the hits were scored: not when every word is a stop word (they are in nearly
    /// everything, so their relevance says nothing and the freshest come first).
    pub scored: bool,
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
    /// The codes of the languages it is written in.
    langs: Field,
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
        let langs = builder.add_text_field("langs", STRING);
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
                langs,
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
                out.add_text(f.langs, lang.code());
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

    /// Merges the segments a bulk load left into one: a search reads every segment, so a
    /// rebuild in batches would otherwise answer more slowly than one made at once.
    pub fn compact(&self) -> tantivy::Result<()> {
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
            writer.merge(&segments).wait()?;
        }
        self.reader.reload()
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

mod collect;
mod query;
mod suggest;
#[cfg(test)]
mod tests;
