//! The engine on a few hand-made offers: the words' order kept among the filters, the newest
//! and closing orders, closed offers, filters, changes in place.

use super::*;
use chrono::TimeZone;

fn doc(id: i32, day: u32) -> Document {
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
    }
}

fn query(words: Option<&[i32]>, order: Order) -> Query<'_> {
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
fn relevance_follows_the_words_order_and_the_other_orders_ignore_it() {
    let index = Snapshot::build(None, vec![doc(1, 1), doc(2, 3), doc(3, 2), doc(4, 4)]);
    // The text index found 3, then 1, then 2 (and 9, an offer this index does not hold).
    let words = [3, 1, 9, 2];
    let found = index.matches(&query(Some(&words), Order::Relevance));
    assert_eq!(found.all.len(), 3);
    assert_eq!(index.page(&found, Order::Relevance, 0, 10), vec![3, 1, 2]);
    assert_eq!(index.page(&found, Order::Relevance, 1, 1), vec![1]);
    let found = index.matches(&query(Some(&words), Order::Newest));
    assert_eq!(index.page(&found, Order::Newest, 0, 10), vec![2, 3, 1]);
    // No words: every open offer, the newest first.
    let found = index.matches(&query(None, Order::Relevance));
    assert_eq!(index.page(&found, Order::Relevance, 0, 10), vec![4, 2, 3, 1]);
    // Words that found nothing: nothing.
    assert!(index.matches(&query(Some(&[]), Order::Relevance)).all.is_empty());
}

#[test]
fn closed_offers_and_filters_are_left_out() {
    let mut closed = doc(2, 3);
    closed.valid_until = NaiveDate::from_ymd_opt(2026, 11, 24);
    let mut soon = doc(3, 2);
    soon.valid_until = NaiveDate::from_ymd_opt(2026, 11, 26);
    soon.country = Some("BE".into());
    let index = Snapshot::build(None, vec![doc(1, 1), closed, soon]);
    let words = [1, 2, 3];
    let found = index.matches(&query(Some(&words), Order::Closing));
    assert_eq!(index.page(&found, Order::Closing, 0, 10), vec![3, 1]);
    let mut q = query(Some(&words), Order::Relevance);
    q.filters.push(vec![(Field::Country, "FR".into())]);
    assert_eq!(index.page(&index.matches(&q), Order::Relevance, 0, 10), vec![1]);
}

/// Every page of every order the index answers for `words`, to compare two indexes.
fn answers(index: &Snapshot, words: Option<&[i32]>) -> Vec<Vec<i32>> {
    [Order::Relevance, Order::Newest, Order::Closing]
        .into_iter()
        .map(|order| index.page(&index.matches(&query(words, order)), order, 0, 100))
        .collect()
}

#[test]
fn a_change_applied_in_place_answers_as_a_rebuild_does() {
    let docs = vec![doc(1, 1), doc(2, 3), doc(3, 2)];
    let mut index = Snapshot::build(Some(1), docs.clone());
    // Offer 1 changed, offer 2 withdrawn, offer 4 just published (the newest).
    let mut changed = doc(1, 1);
    changed.kind = OfferKind::Internship;
    let published = doc(4, 5);
    assert!(index.apply(
        2,
        vec![
            (1, Some(changed.clone())),
            (2, None),
            (4, Some(published.clone()))
        ]
    ));
    assert_eq!(index.generation, Some(2));
    let rebuilt = Snapshot::build(Some(2), vec![changed, docs[2].clone(), published]);
    for words in [Some(&[4, 1, 2][..]), Some(&[3][..]), None] {
        assert_eq!(answers(&index, words), answers(&rebuilt, words), "{words:?}");
    }
    assert_eq!(index.len(), 3);
    let mut q = query(None, Order::Newest);
    q.filters.push(vec![(Field::Kind, "job".into())]);
    assert_eq!(index.page(&index.matches(&q), Order::Newest, 0, 10), vec![4, 3]);
}

#[test]
fn an_offer_older_than_the_newest_asks_for_a_rebuild_and_changes_nothing() {
    let mut index = Snapshot::build(Some(1), vec![doc(1, 1), doc(2, 3)]);
    assert!(!index.apply(2, vec![(1, None), (3, Some(doc(3, 2)))]));
    assert_eq!(index.generation, Some(1));
    assert_eq!(index.len(), 2);
    // Republished now, an offer takes the newest place.
    assert!(index.apply(3, vec![(1, Some(doc(1, 9)))]));
    assert_eq!(answers(&index, None)[1], vec![1, 2]);
}

#[test]
fn values_of_one_filter_add_up_and_filters_narrow() {
    let mut lyon = doc(1, 1);
    lyon.city = Some("Lyon".into());
    lyon.work_mode = WorkMode::OnSite;
    let remote = doc(2, 2);
    let mut paris = doc(3, 3);
    paris.city = Some("Paris".into());
    paris.work_mode = WorkMode::OnSite;
    let mut lyon_training = doc(4, 4);
    lyon_training.city = Some("Lyon".into());
    lyon_training.work_mode = WorkMode::OnSite;
    lyon_training.kind = OfferKind::Training;
    let index = Snapshot::build(None, vec![lyon, remote, paris, lyon_training]);
    let place = vec![
        (Field::City, "Lyon".to_string()),
        (Field::Mode, "remote".to_string()),
    ];
    let mut q = query(None, Order::Newest);
    q.filters.push(place.clone());
    assert_eq!(
        index.page(&index.matches(&q), Order::Newest, 0, 10),
        vec![4, 2, 1]
    );
    q.filters.push(vec![(Field::Kind, "job".into())]);
    assert_eq!(index.page(&index.matches(&q), Order::Newest, 0, 10), vec![2, 1]);
    // A value no offer has adds nothing; a group of only such values finds nothing.
    let mut q = query(None, Order::Newest);
    q.filters.push(vec![(Field::City, "Gent".into())]);
    assert!(index.matches(&q).all.is_empty());
}
