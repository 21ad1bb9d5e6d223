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

mod ranking;
mod words;
