//! The sentence of a result where the words matched, with the words marked (rendered on the
//! server as `<mark>`).

use super::analysis::{plain, stemmed, terms};
use super::model::Piece;
use crate::i18n::Lang;

/// The longest snippet, in characters.
const SNIPPET: usize = 220;

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
