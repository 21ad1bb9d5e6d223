use super::*;

fn doc(kind: Kind, id: i32, fresh: i64, lang: Lang, title: &str, body: &str) -> SearchDoc {
    SearchDoc {
        kind,
        id,
        slug: format!("item-{id}"),
        fresh,
        texts: vec![(lang, title.to_string(), body.to_string())],
    }
}

fn sample() -> Vec<SearchDoc> {
    vec![
        doc(
            Kind::Offer,
            1,
            10,
            Lang::Fr,
            "Développeur web pour une association",
            "Vous développerez le site et la base de données des adhérents.",
        ),
        doc(
            Kind::Offer,
            2,
            20,
            Lang::Fr,
            "Formations au numérique pour bénévoles",
            "Des formations courtes pour les développeuses et développeurs bénévoles.",
        ),
        doc(
            Kind::Offer,
            3,
            30,
            Lang::It,
            "Formazione sull'accessibilità digitale",
            "Corso per sviluppatori: accessibilità dei siti delle cooperative.",
        ),
        doc(
            Kind::Pathway,
            4,
            40,
            Lang::En,
            "Web accessibility for everyone",
            "Trainings and checklists to make your association's site accessible.",
        ),
        doc(
            Kind::Resource,
            5,
            50,
            Lang::Es,
            "Guía del voluntariado digital",
            "Cómo organizar a los voluntarios con herramientas de datos abiertos.",
        ),
        doc(
            Kind::Webinar,
            6,
            60,
            Lang::En,
            "Open data in one hour",
            "A short training on publishing data, with a python notebook.",
        ),
        doc(
            Kind::Interview,
            7,
            70,
            Lang::Fr,
            "Une journée de formatrice",
            "Elle anime des ateliers sur la protection des données.",
        ),
    ]
}

fn index_of(docs: Vec<SearchDoc>) -> SearchIndex {
    let index = SearchIndex::new().unwrap_or_else(|e| panic!("{e}"));
    index
        .replace(docs.into_iter().map(|d| (d.kind, d.id, Some(d))).collect())
        .unwrap_or_else(|e| panic!("{e}"));
    index
}

fn ids(index: &SearchIndex, query: &str) -> Vec<i32> {
    index
        .search(query, Scope::default())
        .unwrap_or_else(|e| panic!("{query}: {e}"))
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn sorted(mut v: Vec<i32>) -> Vec<i32> {
    v.sort_unstable();
    v
}

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
