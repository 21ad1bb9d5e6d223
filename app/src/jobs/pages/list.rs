//! `/{lang}/jobs`: job profiles, filterable by kind of employer and by DigComp competence area.

use crate::i18n::{t, t_args, use_lang};
use crate::jobs::api::list_jobs;
use crate::jobs::model::{JobCard, JobListPage};
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::ui::filters::{org_kind_choices, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::list_frame::{ListFrame, ListState, ListText};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

/// The route component.
#[component]
pub fn JobsPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    load_page(move || list_jobs(lang, query), |page| view! { <JobsList page/> })
}

#[component]
fn JobsList(page: JobListPage) -> impl IntoView {
    let note = t_args("jobs-framework-note", &[("framework", page.framework.into())]);
    let text = ListText {
        feature: "jobs",
        section: "jobs",
        note: Some(note),
        entry: None,
    };
    let state = ListState {
        filters: vec![
            SelectFilter {
                name: "employer",
                label: t("jobs-filter-employer"),
                any_label: t("jobs-filter-employer-any"),
                options: org_kind_choices(),
                selected: page.employer,
            },
            SelectFilter {
                name: "area",
                label: t("jobs-filter-area"),
                any_label: t("jobs-filter-area-any"),
                options: page.areas,
                selected: page.area,
            },
        ],
        ignored: page.ignored,
        page: page.page,
        applied: page.applied,
        is_empty: page.items.is_empty(),
    };
    view! {
        <ListFrame text state search=Some(page.q) alternatives=page.alternatives>
            {page.items.into_iter().map(|card| view! { <JobCardItem card heading=2/> }).collect_view()}
        </ListFrame>
    }
}

/// A job profile card; `heading` is the level of its title (2 in lists, 3 inside a section).
#[component]
pub fn JobCardItem(card: JobCard, heading: u8) -> impl IntoView {
    let lang = use_lang();
    let href = Route::Job(&card.slug).at(lang);
    let link = view! { <a href=href>{card.title.clone()}</a> };
    let title = if heading == 2 {
        view! { <h2 lang=lang_attr(card.lang)>{link}</h2> }.into_any()
    } else {
        view! { <h3 lang=lang_attr(card.lang)>{link}</h3> }.into_any()
    };
    let areas = (!card.areas.is_empty()).then(|| {
        view! {
            <p class="tags">
                <span class="tags-label">{t("jobs-areas")}</span>
                {card.areas.into_iter().map(|a| view! { <span class="tag">{a}</span> }).collect_view()}
            </p>
        }
    });
    view! {
        <li class="card">
            {title}
            <p lang=lang_attr(card.lang)>{card.summary}</p>
            <FallbackBadge shown=card.lang/>
            {areas}
        </li>
    }
}
