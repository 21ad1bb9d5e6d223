//! Offer search, the same on SQLite and PostgreSQL: the app folds every text the same way
//! (lower case, accents removed, anything but letters and digits becomes a space) before it is
//! indexed and before it is searched, so "educacion" finds "Educación" and "developpeur" finds
//! "Développeur" on both databases, and no character a reader types can reach the search
//! syntax (FTS5 `MATCH` or `to_tsquery`).
//!
//! One index row per offer holds all its titles and, separately, all its other text in every
//! language (descriptions, organisation name, competence labels, city): a search in any
//! language finds the offer, and title matches rank first.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};

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

/// The full-text condition for `terms`: every word, as a prefix.
pub fn match_expression(backend: DbBackend, terms: &[String]) -> String {
    match backend {
        DbBackend::Sqlite => terms
            .iter()
            .map(|t| format!("\"{t}\"*"))
            .collect::<Vec<_>>()
            .join(" "),
        _ => terms
            .iter()
            .map(|t| format!("{t}:*"))
            .collect::<Vec<_>>()
            .join(" & "),
    }
}

/// The same condition restricted to titles (SQLite; PostgreSQL uses the title vector).
pub fn title_expression(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("title : \"{t}\"*"))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Replaces the index row of one offer.
pub async fn put(db: &impl ConnectionTrait, offer_id: i32, titles: &str, body: &str) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let (title, body) = (fold(titles), fold(body));
    let (delete, insert) = match backend {
        DbBackend::Sqlite => (
            "DELETE FROM offer_search WHERE rowid = ?",
            "INSERT INTO offer_search (rowid, title, body) VALUES (?, ?, ?)",
        ),
        _ => (
            "DELETE FROM offer_search WHERE offer_id = $1",
            "INSERT INTO offer_search (offer_id, title, body) VALUES ($1, $2, $3)",
        ),
    };
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        delete,
        [Value::from(offer_id)],
    ))
    .await?;
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        insert,
        [Value::from(offer_id), Value::from(title), Value::from(body)],
    ))
    .await?;
    Ok(())
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
        assert_eq!(match_expression(DbBackend::Sqlite, &t), "\"near\"* \"or\"*");
        assert_eq!(match_expression(DbBackend::Postgres, &t), "near:* & or:*");
    }
}
