//! `/{lang}/resources`: the library, searchable by words and filterable by kind, competence,
//! language, licence and organisation (a GET form: works without JavaScript).

use crate::i18n::{t, use_lang, Lang};
use crate::resources::api::list_resources;
use crate::resources::codes::{Licence, ResourceKind};
use crate::resources::model::ResourceListPage;
use crate::resources::pages::card::ResourceCardItem;
use crate::ui::filters::{Choice, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::list_frame::{ListFrame, ListState, ListText};
use crate::ui::load::load_page;
use leptos::prelude::*;

#[component]
pub fn ResourcesPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    load_page(
        move || list_resources(lang, query),
        |page| view! { <ResourcesList page/> },
    )
}

fn choices<T: Copy>(all: &[T], code: fn(T) -> &'static str, key: fn(T) -> String) -> Vec<Choice> {
    all.iter()
        .map(|&v| Choice {
            value: code(v).to_string(),
            label: t(&key(v)),
        })
        .collect()
}

#[component]
fn ResourcesList(page: ResourceListPage) -> impl IntoView {
    let filters = vec![
        SelectFilter {
            name: "kind",
            label: t("resources-filter-kind"),
            any_label: t("resources-filter-kind-any"),
            options: choices(&ResourceKind::ALL, ResourceKind::code, ResourceKind::label_key),
            selected: page.kind,
        },
        SelectFilter {
            name: "competence",
            label: t("resources-filter-competence"),
            any_label: t("resources-filter-competence-any"),
            options: page.competences,
            selected: page.competence,
        },
        SelectFilter {
            name: "lang",
            label: t("resources-filter-lang"),
            any_label: t("resources-filter-lang-any"),
            options: choices(&Lang::ALL, Lang::code, |l| l.endonym_key()),
            selected: page.language,
        },
        SelectFilter {
            name: "licence",
            label: t("resources-filter-licence"),
            any_label: t("resources-filter-licence-any"),
            options: choices(&Licence::ALL, Licence::code, Licence::label_key),
            selected: page.licence,
        },
        SelectFilter {
            name: "organisation",
            label: t("resources-filter-organisation"),
            any_label: t("resources-filter-organisation-any"),
            options: page.organisations,
            selected: page.organisation,
        },
    ];
    let state = ListState {
        filters,
        ignored: page.ignored,
        page: page.page,
        applied: page.applied,
        is_empty: page.items.is_empty(),
    };
    view! {
        <ListFrame text=ListText { feature: "resources", section: "resources", note: None, entry: None } state search=Some(page.q) alternatives=page.alternatives>
            {page.items.into_iter().map(|card| view! { <ResourceCardItem card/> }).collect_view()}
        </ListFrame>
    }
}
