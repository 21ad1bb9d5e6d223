//! `/{lang}/interviews`: portraits, filterable by job profile and country.

use crate::catalogue::codes::{country_key, COUNTRIES};
use crate::i18n::{t, use_lang};
use crate::interviews::api::list_interviews;
use crate::interviews::model::InterviewListPage;
use crate::interviews::pages::card::InterviewCardItem;
use crate::ui::filters::{Choice, FilterForm, IgnoredNotice, ResultCount, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::pagination::Pagination;
use leptos::prelude::*;

/// The country filter's options, labelled in the page's language.
pub fn country_choices() -> Vec<Choice> {
    COUNTRIES
        .iter()
        .map(|c| Choice {
            value: (*c).to_string(),
            label: t(&country_key(c)),
        })
        .collect()
}

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
    let lang = use_lang();
    let path = format!("/{}/interviews", lang.code());
    let active = page.job.is_some() || page.country.is_some();
    let filters = vec![
        SelectFilter {
            name: "job",
            label: t("interviews-filter-job"),
            any_label: t("interviews-filter-job-any"),
            options: page.jobs.clone(),
            selected: page.job.clone(),
        },
        SelectFilter {
            name: "country",
            label: t("filter-country"),
            any_label: t("filter-country-any"),
            options: country_choices(),
            selected: page.country.clone(),
        },
    ];
    let empty = page.items.is_empty();
    view! {
        <PageTitle title=t("interviews-title")/>
        <h1>{t("interviews-title")}</h1>
        <p class="lead">{t("interviews-intro")}</p>
        <IgnoredNotice ignored=page.ignored.clone()/>
        <FilterForm filters clear_href=path.clone() active/>
        <ResultCount key="interviews-count" total=page.page.total/>
        {if empty {
            view! { <p class="empty">{t("interviews-empty")}" "<a href=path.clone()>{t("filters-clear")}</a></p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {page.items.into_iter().map(|card| view! { <InterviewCardItem card heading=2/> }).collect_view()}
                </ul>
            }
            .into_any()
        }}
        <Pagination info=page.page path params=page.applied/>
    }
}
