//! `/{lang}/search`: every kind at once, grouped, with the best few of each, the sentence where
//! the words matched (marked), and a link to the kind's own list with the same words.

use super::analysis::{plain, stemmed, terms};
use super::documents::of_kind;
use super::index::{Kind, SearchDoc};
use super::model::{Found, Group, Piece, SearchPage};
use crate::catalogue::query::{Ignored, RawQuery};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;

/// How many results of each kind the page shows.
const BEST: usize = 3;
/// The longest snippet, in characters.
const SNIPPET: usize = 220;

/// The public address of a kind's list, and of one of its items.
fn list_segment(kind: Kind) -> &'static str {
    match kind {
        Kind::JobProfile => "jobs",
        other => other.content().segment(),
    }
}

/// The page for the raw query string `query`.
pub async fn page(
    db: &impl ConnectionTrait,
    search: &super::held::SiteSearch,
    lang: Lang,
    query: &str,
) -> Result<SearchPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let codes: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
    let kind = raw.one_of("kind", &codes, &mut ignored);
    let q: String = raw
        .get("q")
        .unwrap_or("")
        .chars()
        .take(super::index::MAX_CHARS)
        .collect();
    let mut page = SearchPage {
        q: q.clone(),
        kind: kind.clone(),
        kinds: codes.iter().map(|c| c.to_string()).collect(),
        ignored,
        ..SearchPage::default()
    };
    if q.trim().is_empty() {
        return Ok(page);
    }
    let only: Vec<Kind> = kind.as_deref().and_then(Kind::parse).into_iter().collect();
    let hits = search.search(db, &q, &only).await?;
    page.total = hits.len();
    let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
    for kind in Kind::ALL {
        let of_kind_hits: Vec<i32> = hits.iter().filter(|h| h.kind == kind).map(|h| h.id).collect();
        if of_kind_hits.is_empty() {
            continue;
        }
        let best: Vec<i32> = of_kind_hits.iter().copied().take(BEST).collect();
        let docs: HashMap<i32, SearchDoc> = of_kind(db, kind, Some(&best))
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
        let segment = list_segment(kind);
        page.groups.push(Group {
            kind: kind.code().to_string(),
            count: of_kind_hits.len(),
            best: best
                .iter()
                .filter_map(|id| docs.get(id))
                .map(|doc| found(doc, lang, &q, segment))
                .collect(),
            list_href: format!("/{}/{segment}?q={encoded}", lang.code()),
        });
    }
    Ok(page)
}

/// A result: the text in the reader's language when there is one (then English, then any).
fn found(doc: &SearchDoc, lang: Lang, q: &str, segment: &str) -> Found {
    let text = doc
        .texts
        .iter()
        .find(|(l, _, _)| *l == lang)
        .or_else(|| doc.texts.iter().find(|(l, _, _)| *l == Lang::En))
        .or_else(|| doc.texts.first());
    let (shown, title, body) =
        text.map(|(l, t, b)| (*l, t.clone(), b.clone()))
            .unwrap_or((lang, doc.slug.clone(), String::new()));
    Found {
        href: format!("/{}/{segment}/{}", lang.code(), doc.slug),
        title,
        lang: shown,
        snippet: snippet(&body, q, shown),
    }
}

/// The first sentence of `body` holding a word searched (by its folded form or its stem in
/// `lang`), cut to `SNIPPET` characters, with the words found marked.
pub fn snippet(body: &str, q: &str, lang: Lang) -> Vec<Piece> {
    let mut plain_analyzer = plain();
    let mut stem_analyzer = stemmed(lang);
    let wanted: Vec<String> = terms(&mut plain_analyzer, q);
    let wanted_stems: Vec<String> = terms(&mut stem_analyzer, q);
    let is_wanted = |word: &str,
                     plain_a: &mut tantivy::tokenizer::TextAnalyzer,
                     stem_a: &mut tantivy::tokenizer::TextAnalyzer| {
        let folded = terms(plain_a, word);
        let stems = terms(stem_a, word);
        folded.iter().any(|w| wanted.contains(w)) || stems.iter().any(|s| wanted_stems.contains(s))
    };
    // Markdown marks and line breaks are not text.
    let clean: String = body
        .chars()
        .map(|c| {
            if matches!(c, '#' | '*' | '_' | '`' | '>' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let sentences: Vec<&str> = clean.split_inclusive(['.', '!', '?']).collect();
    let chosen = sentences
        .iter()
        .find(|s| {
            s.split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty() && is_wanted(w, &mut plain_analyzer, &mut stem_analyzer))
        })
        .or(sentences.first())
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let cut: String = chosen.chars().take(SNIPPET).collect();
    let ellipsis = cut.chars().count() < chosen.chars().count();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, pieces: &mut Vec<Piece>, pa: &mut _, sa: &mut _| {
        if !word.is_empty() {
            let marked = is_wanted(word, pa, sa);
            push(pieces, std::mem::take(word), marked);
        }
    };
    for c in cut.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut pieces, &mut plain_analyzer, &mut stem_analyzer);
            push(&mut pieces, c.to_string(), false);
        }
    }
    flush(&mut word, &mut pieces, &mut plain_analyzer, &mut stem_analyzer);
    if ellipsis {
        push(&mut pieces, "…".to_string(), false);
    }
    pieces
}

/// Adds `text` to the pieces, joined to the last one when both are unmarked.
fn push(pieces: &mut Vec<Piece>, text: String, marked: bool) {
    match pieces.last_mut() {
        Some(last) if !last.marked && !marked => last.text.push_str(&text),
        _ => pieces.push(Piece { text, marked }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(pieces: &[Piece]) -> Vec<String> {
        pieces
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.clone())
            .collect()
    }

    #[test]
    fn the_sentence_with_the_words_is_chosen_and_they_are_marked() {
        let body = "Une première phrase. Des **formations** courtes pour les bénévoles. Une autre.";
        let pieces = snippet(body, "formation benevole", Lang::Fr);
        let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text.trim(), "Des formations courtes pour les bénévoles.");
        assert_eq!(marked(&pieces), vec!["formations", "bénévoles"]);
    }

    #[test]
    fn long_sentences_are_cut_and_markup_is_never_interpreted() {
        let body = format!("<script>alert(1)</script> données {}", "mot ".repeat(200));
        let pieces = snippet(&body, "donnees", Lang::Fr);
        let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert!(text.chars().count() <= SNIPPET + 1);
        assert!(text.ends_with('…'));
        assert_eq!(marked(&pieces), vec!["données"]);
    }
}
