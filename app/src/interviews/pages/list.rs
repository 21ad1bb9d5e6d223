//! `/{lang}/interviews`: portraits, filterable by job profile and country.

use crate::i18n::{t, use_lang};
use crate::interviews::api::list_interviews;
use crate::interviews::model::InterviewListPage;
use crate::interviews::pages::card::InterviewCardItem;
use crate::ui::filters::{country_filter, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::list_frame::{ListFrame, ListState, ListText};
use crate::ui::load::load_page;
use leptos::prelude::*;

/// The route component.
#[component]
pub fn InterviewsPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    load_page(
        move || list_interviews(lang, query),
        |page| view! { <InterviewsList page/> },
    )
}

#[component]
fn InterviewsList(page: InterviewListPage) -> impl IntoView {
    let state = ListState {
        filters: vec![
            SelectFilter {
                name: "job",
                label: t("interviews-filter-job"),
                any_label: t("interviews-filter-job-any"),
                options: page.jobs,
                selected: page.job,
            },
            country_filter(page.country),
        ],
        ignored: page.ignored,
        page: page.page,
        applied: page.applied,
        is_empty: page.items.is_empty(),
    };
    view! {
        <ListFrame text=ListText { feature: "interviews", section: "interviews", note: None, entry: None } state search=Some(page.q) alternatives=page.alternatives>
            {page.items.into_iter().map(|card| view! { <InterviewCardItem card heading=2/> }).collect_view()}
        </ListFrame>
    }
}
