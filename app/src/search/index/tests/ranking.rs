//! Order, kinds, hostile queries and compaction.

use super::super::*;
use super::*;

#[test]
fn titles_count_more_than_bodies_and_every_word_more_than_some() {
    let index = index_of(sample());
    let found = ids(&index, "formations");
    assert_eq!(found.first(), Some(&2), "in the title: {found:?}");
    assert_eq!(ids(&index, "open data python"), vec![6], "every word");
    let some = ids(&index, "python voluntariado");
    assert!(
        some.contains(&5) && some.contains(&6),
        "none holds both: those holding one {some:?}"
    );
}

#[test]
fn the_same_query_gives_the_same_order_however_the_index_was_built() {
    let all_at_once = index_of(sample());
    let one_by_one = SearchIndex::new().unwrap_or_else(|e| panic!("{e}"));
    for d in sample().into_iter().rev() {
        one_by_one
            .replace(vec![(d.kind, d.id, Some(d.clone()))])
            .unwrap_or_else(|e| panic!("{e}"));
    }
    // An item changed and changed back leaves no trace.
    let first = sample().remove(0);
    one_by_one
        .replace(vec![(first.kind, first.id, None)])
        .unwrap_or_else(|e| panic!("{e}"));
    one_by_one
        .replace(vec![(first.kind, first.id, Some(first.clone()))])
        .unwrap_or_else(|e| panic!("{e}"));
    for query in [
        "formation",
        "données",
        "web",
        "accessibility",
        "data",
        "developpeur",
    ] {
        assert_eq!(ids(&all_at_once, query), ids(&one_by_one, query), "{query}");
        assert_eq!(ids(&all_at_once, query), ids(&all_at_once, query), "{query}");
    }
    assert_eq!(one_by_one.len(), 7);
}

#[test]
fn kinds_filter_the_results() {
    let index = index_of(sample());
    let hits = index
        .search(
            "formation",
            Scope {
                kinds: &[Kind::Interview],
                lang: None,
            },
        )
        .unwrap_or_default();
    assert!(
        hits.iter().all(|h| h.kind == Kind::Interview) && !hits.is_empty(),
        "{hits:?}"
    );
}

#[test]
fn hostile_queries_never_fail() {
    let index = index_of(sample());
    for query in [
        "x".repeat(10_000),
        "\"formation\" AND (web OR NOT data) * ~2 ^3 title:web [a TO z] {} \\".to_string(),
        "le la les de des du et".to_string(),
        "   ".to_string(),
        "\u{0}\u{fffd}\u{202e}".to_string(),
        "a".repeat(41),
    ] {
        assert!(index.search(&query, Scope::default()).is_ok(), "{query:.40}");
    }
    assert_eq!(SearchIndex::words(&"mot ".repeat(100)).len(), 1);
    assert!(SearchIndex::words(&"x ".repeat(5000)).len() <= MAX_WORDS);
}

#[test]
fn compacting_keeps_every_item_in_one_segment() {
    let index = SearchIndex::new().unwrap_or_else(|e| panic!("{e}"));
    for doc in sample() {
        index
            .replace(vec![(doc.kind, doc.id, Some(doc))])
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let before = index
        .search("données", Scope::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        index
            .index
            .searchable_segment_ids()
            .unwrap_or_else(|e| panic!("{e}"))
            .len()
            > 1
    );
    index.compact().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        index
            .index
            .searchable_segment_ids()
            .unwrap_or_else(|e| panic!("{e}"))
            .len(),
        1
    );
    assert_eq!(
        index
            .search("données", Scope::default())
            .unwrap_or_else(|e| panic!("{e}")),
        before
    );
    assert_eq!(index.len(), sample().len() as u64);
}
