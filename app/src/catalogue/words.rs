//! The words of every search: the app folds every text the same way (lower case, accents
//! removed, anything but letters and digits becomes a space) before it is indexed and before
//! it is searched, so "educacion" finds "Educación" and "developpeur" finds "Développeur", and
//! nothing a reader types is ever interpreted as search syntax. Offers and resources search
//! with these words.

/// Longest query read, in characters (a longer one is cut, and the reader told).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words searched.
pub const MAX_TERMS: usize = 8;

/// Folds text for the index and for queries.
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a query, folded; `cut` is true when the query was too long and was shortened.
pub fn terms(query: &str) -> (Vec<String>, bool) {
    let cut = query.chars().count() > MAX_QUERY_CHARS;
    let head: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let words: Vec<String> = fold(&head)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(40).collect())
        .collect();
    let too_many = words.len() > MAX_TERMS;
    (words.into_iter().take(MAX_TERMS).collect(), cut || too_many)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_case_and_syntax() {
        assert_eq!(fold("Educación DIGITAL"), "educacion digital");
        assert_eq!(fold("Développeur·se (H/F)"), "developpeur se h f");
        assert_eq!(fold("\"a\" * NEAR( 'b' ) -c"), "a near b c");
    }

    #[test]
    fn queries_are_bounded_and_safe() {
        let (t, cut) = terms(&"x".repeat(10_000));
        assert!(cut);
        assert_eq!(t, vec!["x".repeat(40)]);
        let (t, cut) = terms("one two three four five six seven eight nine");
        assert!(cut);
        assert_eq!(t.len(), MAX_TERMS);
        let (t, _) = terms("\"* ( NEAR ' OR");
        assert_eq!(t, vec!["near", "or"]);
    }
}
