//! Word forms, typos, languages and stop words.

use super::super::*;
use super::*;

#[test]
fn word_forms_find_the_same_items() {
    let index = index_of(sample());
    assert_eq!(
        sorted(ids(&index, "formation")),
        sorted(ids(&index, "formations"))
    );
    assert!(ids(&index, "formations").contains(&2));
    assert_eq!(
        sorted(ids(&index, "développeur")),
        sorted(ids(&index, "développeurs"))
    );
    assert!(
        ids(&index, "developpeurs").contains(&1),
        "{:?}",
        ids(&index, "developpeurs")
    );
    assert!(ids(&index, "formazioni").contains(&3));
    assert!(ids(&index, "training").contains(&4), "trainings in the body");
    assert!(ids(&index, "trainings").contains(&6));
    assert!(
        ids(&index, "voluntario").contains(&5),
        "voluntariado / voluntarios"
    );
    assert!(ids(&index, "bénévolat").contains(&2));
    assert!(ids(&index, "formateur").contains(&7), "formatrice");
}

#[test]
fn typos_are_forgiven_in_words_of_five_letters_or_more() {
    let index = index_of(sample());
    assert!(ids(&index, "devloppeur").contains(&1), "a missing letter");
    assert!(ids(&index, "accesibility").contains(&4), "a missing letter");
    assert!(ids(&index, "accessibiltiy").contains(&4), "two swapped letters");
    assert!(ids(&index, "pyhton").contains(&6), "swapped, six letters");
    assert!(
        ids(&index, "wbe").is_empty() || !ids(&index, "wbe").contains(&1),
        "short words: exact"
    );
}

#[test]
fn a_word_is_found_across_languages_when_it_folds_the_same() {
    let index = index_of(sample());
    assert!(ids(&index, "donnees").contains(&1));
    assert!(ids(&index, "DATA").contains(&6));
    assert!(ids(&index, "accessibilita").contains(&3));
}

#[test]
fn stop_words_are_left_out_unless_there_is_nothing_else() {
    assert_eq!(
        SearchIndex::words("Protección de datos"),
        vec!["proteccion", "datos"]
    );
    assert_eq!(SearchIndex::words("the data of a city"), vec!["data", "city"]);
    assert_eq!(SearchIndex::words("d l'association"), vec!["association"]);
    // Only stop words: they are searched (plainly) rather than nothing.
    assert_eq!(SearchIndex::words("de la"), vec!["de", "la"]);
    let index = index_of(sample());
    let with = index
        .search("formation de bénévoles", Scope::default())
        .unwrap_or_default();
    let without = index
        .search("formation bénévoles", Scope::default())
        .unwrap_or_default();
    assert_eq!(with, without);
}

#[test]
fn a_typo_too_far_for_the_search_is_suggested_when_the_suggestion_finds() {
    let index = index_of(sample());
    // Two letters wrong in a seven-letter word: the search reaches one.
    assert!(index
        .search("dnonés", Scope::default())
        .unwrap_or_default()
        .is_empty());
    assert_eq!(
        index
            .suggest("dnonés", Scope::default())
            .ok()
            .flatten()
            .as_deref(),
        Some("donnees")
    );
    // Known words are kept as typed; nothing to suggest when every word is known.
    assert_eq!(index.suggest("formation", Scope::default()).ok().flatten(), None);
    // Nothing near enough, or a suggestion that would find nothing in the scope: none.
    assert_eq!(index.suggest("zzzyxw", Scope::default()).ok().flatten(), None);
    let only_offers = Scope {
        kinds: &[Kind::Offer],
        lang: None,
    };
    let offers_hold_it = !index
        .search("donnees", only_offers)
        .unwrap_or_default()
        .is_empty();
    assert_eq!(
        index.suggest("dnonés", only_offers).ok().flatten().is_some(),
        offers_hold_it
    );
}

#[test]
fn only_stop_words_find_the_freshest_first() {
    let index = index_of(sample());
    let found = index.find("de la", Scope::default()).unwrap_or_default();
    assert!(!found.scored);
    let fresh: Vec<i64> = found.hits.iter().map(|h| h.fresh).collect();
    let mut newest_first = fresh.clone();
    newest_first.sort_unstable_by(|a, b| b.cmp(a));
    assert!(fresh.len() > 1);
    assert_eq!(fresh, newest_first);
    assert!(index.find("données", Scope::default()).unwrap_or_default().scored);
}
