use super::*;

/// The stem of `word` in `lang`.
fn stem(lang: Lang, word: &str) -> String {
    terms(&mut stemmed(lang), word).join(" ")
}

/// Asserts that every word of `forms` has the same stem in `lang`.
fn same(lang: Lang, forms: &[&str]) {
    let stems: Vec<String> = forms.iter().map(|w| stem(lang, w)).collect();
    assert!(
        stems.windows(2).all(|w| w[0] == w[1]),
        "{lang:?} {forms:?} → {stems:?}"
    );
}

#[test]
fn plurals_and_singulars_fall_together() {
    same(Lang::Fr, &["formation", "formations", "Formations"]);
    same(
        Lang::Fr,
        &["développeur", "développeurs", "DÉVELOPPEURS", "developpeurs"],
    );
    same(Lang::En, &["training", "trainings"]);
    same(Lang::Es, &["formación", "formaciones", "formacion"]);
    same(Lang::It, &["formazione", "formazioni"]);
}

#[test]
fn plain_folds_without_stemming() {
    assert_eq!(
        terms(&mut plain(), "Educación DIGITAL, (h/f)"),
        vec!["educacion", "digital", "h", "f"]
    );
    assert_eq!(terms(&mut plain(), &"x".repeat(100)), Vec::<String>::new());
}

#[test]
fn masculine_and_feminine_fall_together() {
    same(Lang::Fr, &["développeur", "développeuse", "développeuses"]);
    same(Lang::Fr, &["formateur", "formatrice", "formatrices"]);
    same(Lang::Fr, &["animateur", "animatrice"]);
    same(Lang::Fr, &["chargé", "chargée", "chargés"]);
    same(Lang::Es, &["desarrollador", "desarrolladora", "desarrolladores"]);
    same(Lang::Es, &["coordinador", "coordinadora"]);
    same(Lang::It, &["sviluppatore", "sviluppatrice", "sviluppatori"]);
    same(Lang::It, &["coordinatore", "coordinatrice"]);
}

#[test]
fn common_derived_forms_fall_together() {
    same(Lang::Fr, &["bénévole", "bénévoles", "bénévolat"]);
    same(Lang::Fr, &["formateur", "formation"]);
    same(Lang::Es, &["voluntario", "voluntariado", "voluntaria"]);
    same(Lang::It, &["volontario", "volontariato", "volontari"]);
    same(Lang::En, &["volunteer", "volunteering", "volunteers"]);
    same(Lang::En, &["coordinator", "coordination"]);
    same(Lang::En, &["accessibility", "accessible"]);
}

#[test]
fn accents_and_capitals_do_not_matter() {
    same(Lang::Fr, &["données", "DONNEES", "donnees"]);
    same(Lang::Es, &["educación", "Educacion", "EDUCACIÓN"]);
    same(Lang::It, &["attività", "attivita"]);
}

#[test]
fn derivation_rules_leave_short_stems_alone() {
    assert_eq!(super::super::derived::derive(Lang::Fr, "format"), None);
    assert_eq!(
        super::super::derived::derive(Lang::Fr, "developpeur"),
        Some("developp")
    );
    assert_eq!(super::super::derived::derive(Lang::En, "developer"), None);
}

#[test]
fn stop_words_and_single_letters_say_nothing_alone() {
    for word in ["de", "la", "the", "of", "per", "y", "d", "l", "e"] {
        assert!(is_stop_word(word), "{word}");
    }
    for word in ["donnees", "data", "formation", "datos", "dati", "open"] {
        assert!(!is_stop_word(word), "{word}");
    }
}
