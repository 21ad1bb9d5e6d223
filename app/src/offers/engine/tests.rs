//! The engine on a few hand-made offers: prefixes, order, closed offers, filters.

use super::*;
use chrono::TimeZone;

fn doc(id: i32, day: u32, title: &str, body: &str) -> Document {
    Document {
        id,
        kind: OfferKind::Job,
        country: Some("FR".into()),
        work_mode: WorkMode::Remote,
        posted_at: Utc
            .with_ymd_and_hms(2026, 11, day, 9, 0, 0)
            .single()
            .unwrap_or_default(),
        city: None,
        organisation_id: 1,
        valid_until: None,
        langs: vec!["fr".into()],
        competence_ids: Vec::new(),
        requirements: Vec::new(),
        title: title.into(),
        body: body.into(),
    }
}

fn query(words: &[String], order: Order) -> Query<'_> {
    Query {
        words,
        filters: Vec::new(),
        posted_from: None,
        posted_after: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
        order,
    }
}

#[test]
fn titles_rank_first_then_newest_and_words_match_as_prefixes() {
    let index = Snapshot::build(
        None,
        vec![
            doc(1, 1, "developpeur web", "cooperative"),
            doc(2, 3, "chargee de projet", "un developpeur aide"),
            doc(3, 2, "developpeuse donnees", "association"),
        ],
    );
    let words = vec!["develop".to_string()];
    let found = index.matches(&query(&words, Order::Relevance));
    assert_eq!(found.all.len(), 3);
    assert_eq!(index.page(&found, Order::Relevance, 0, 10), vec![3, 1, 2]);
    let found = index.matches(&query(&words, Order::Newest));
    assert_eq!(index.page(&found, Order::Newest, 0, 10), vec![2, 3, 1]);
    assert_eq!(index.page(&found, Order::Newest, 1, 1), vec![3]);
}

#[test]
fn closed_offers_and_filters_are_left_out() {
    let mut closed = doc(2, 3, "formation", "");
    closed.valid_until = NaiveDate::from_ymd_opt(2026, 11, 24);
    let mut soon = doc(3, 2, "formation", "");
    soon.valid_until = NaiveDate::from_ymd_opt(2026, 11, 26);
    soon.country = Some("BE".into());
    let index = Snapshot::build(None, vec![doc(1, 1, "formation", ""), closed, soon]);
    let words = vec!["formation".to_string()];
    let found = index.matches(&query(&words, Order::Closing));
    assert_eq!(index.page(&found, Order::Closing, 0, 10), vec![3, 1]);
    let mut q = query(&words, Order::Newest);
    q.filters.push((Field::Country, "FR".into()));
    assert_eq!(index.page(&index.matches(&q), Order::Newest, 0, 10), vec![1]);
}

/// Every page of every order the index answers for `words`, to compare two indexes.
fn answers(index: &Snapshot, words: &[String]) -> Vec<Vec<i32>> {
    [Order::Relevance, Order::Newest, Order::Closing]
        .into_iter()
        .map(|order| index.page(&index.matches(&query(words, order)), order, 0, 100))
        .collect()
}

#[test]
fn a_change_applied_in_place_answers_as_a_rebuild_does() {
    let docs = vec![
        doc(1, 1, "developpeur web", "cooperative"),
        doc(2, 3, "chargee de projet", "un developpeur aide"),
        doc(3, 2, "developpeuse donnees", "association"),
    ];
    let mut index = Snapshot::build(Some(1), docs.clone());
    // Offer 1 renamed, offer 2 withdrawn, offer 4 just published (the newest).
    let renamed = doc(1, 1, "animatrice numerique", "cooperative");
    let published = doc(4, 5, "developpeur mobile", "");
    assert!(index.apply(
        2,
        vec![
            (1, Some(renamed.clone())),
            (2, None),
            (4, Some(published.clone()))
        ]
    ));
    assert_eq!(index.generation, Some(2));
    let rebuilt = Snapshot::build(Some(2), vec![renamed, docs[2].clone(), published]);
    for words in [vec!["develop".to_string()], vec!["numerique".to_string()], vec![]] {
        assert_eq!(answers(&index, &words), answers(&rebuilt, &words), "{words:?}");
    }
    assert_eq!(index.len(), 3);
    assert!(index
        .matches(&query(&["chargee".to_string()], Order::Newest))
        .all
        .is_empty());
    let mut q = query(&[], Order::Newest);
    q.filters.push((Field::Kind, "job".into()));
    assert_eq!(
        index.page(&index.matches(&q), Order::Newest, 0, 10),
        vec![4, 3, 1]
    );
}

#[test]
fn an_offer_older_than_the_newest_asks_for_a_rebuild_and_changes_nothing() {
    let mut index = Snapshot::build(Some(1), vec![doc(1, 1, "a", ""), doc(2, 3, "b", "")]);
    assert!(!index.apply(2, vec![(1, None), (3, Some(doc(3, 2, "c", "")))]));
    assert_eq!(index.generation, Some(1));
    assert_eq!(index.len(), 2);
    // Republished now, an offer takes the newest place.
    assert!(index.apply(3, vec![(1, Some(doc(1, 9, "a", "")))]));
    assert_eq!(answers(&index, &[])[1], vec![1, 2]);
}
