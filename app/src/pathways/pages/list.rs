//! `/{lang}/pathways`: pathways, filterable by job profile, competence, language and length.

use super::card::PathwayCardItem;
use crate::catalogue::query::PageInfo;
use crate::i18n::{t, tr, use_lang, Lang};
use crate::pathways::api::list_pathways;
use crate::pathways::codes::DURATIONS;
use crate::pathways::model::PathwayListPage;
use crate::ui::filters::{Choice, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::list_frame::{ListFrame, ListState, ListText};
use crate::ui::load::load_page;
use leptos::prelude::*;

/// The route component.
#[component]
pub fn PathwaysPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    load_page(
        move || list_pathways(lang, query),
        |page| view! { <PathwaysList page/> },
    )
}

fn choices(pairs: Vec<(String, String)>) -> Vec<Choice> {
    pairs
        .into_iter()
        .map(|(value, label)| Choice { value, label })
        .collect()
}

#[component]
fn PathwaysList(page: PathwayListPage) -> impl IntoView {
    let lang = use_lang();
    let selected = |name: &str| {
        page.applied
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let languages = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), tr(lang, &format!("lang-name-{}", l.code()))))
        .collect();
    let durations = DURATIONS
        .iter()
        .map(|d| (d.to_string(), t(&format!("pathways-duration-{d}"))))
        .collect();
    let filters = vec![
        SelectFilter {
            name: "job_profile",
            label: t("pathways-filter-profile"),
            any_label: t("pathways-filter-profile-any"),
            options: choices(page.job_profiles.clone()),
            selected: selected("job_profile"),
        },
        SelectFilter {
            name: "competence",
            label: t("pathways-filter-competence"),
            any_label: t("pathways-filter-competence-any"),
            options: choices(
                page.competences
                    .iter()
                    .map(|(code, label)| (code.clone(), format!("{code} {label}")))
                    .collect(),
            ),
            selected: selected("competence"),
        },
        SelectFilter {
            name: "lang",
            label: t("pathways-filter-lang"),
            any_label: t("pathways-filter-lang-any"),
            options: choices(languages),
            selected: selected("lang"),
        },
        SelectFilter {
            name: "duration",
            label: t("pathways-filter-duration"),
            any_label: t("pathways-filter-duration-any"),
            options: choices(durations),
            selected: selected("duration"),
        },
    ];
    let total = page.items.len() as u64;
    let state = ListState {
        filters,
        ignored: page.ignored,
        page: PageInfo {
            page: 1,
            pages: 1,
            total,
        },
        applied: page.applied,
        is_empty: page.items.is_empty(),
    };
    let text = ListText {
        feature: "pathways",
        section: "pathways",
        note: None,
        entry: Some((crate::web::urls::Route::Resume.at(lang), t("pathways-have-code"))),
    };
    view! {
        <ListFrame text state search=Some(page.q) alternatives=page.alternatives>
            {page.items.into_iter().map(|card| view! { <PathwayCardItem card heading=2/> }).collect_view()}
        </ListFrame>
    }
}
