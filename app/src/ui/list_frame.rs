//! The frame every list page shares: title, introduction, notice for ignored parameters, the
//! filter form, the result count, the items or a helpful empty state, and the pager.

use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::{t, use_lang};
use crate::ui::alternatives::{Alternatives, AlternativesNotice};
use crate::ui::filters::{FilterForm, IgnoredNotice, ResultCount, SelectFilter};
use crate::ui::page_title::PageTitle;
use crate::ui::pagination::Pagination;
use leptos::prelude::*;

/// What a list page says; the Fluent keys all start with `feature` (`jobs-title`, `jobs-intro`,
/// `jobs-count`, `jobs-empty`).
pub struct ListText {
    pub feature: &'static str,
    /// The last segment of the list's path (`jobs` for `/{lang}/jobs`).
    pub section: &'static str,
    /// A sentence under the introduction, when the list needs one.
    pub note: Option<String>,
}

/// The state of a list: its filters, what was ignored, where the page stands.
pub struct ListState {
    pub filters: Vec<SelectFilter>,
    pub ignored: Ignored,
    pub page: PageInfo,
    pub applied: Vec<(String, String)>,
    pub is_empty: bool,
}

/// Wraps the `<li>` items of a list page (`children`) in the shared frame.
#[component]
pub fn ListFrame(
    text: ListText,
    state: ListState,
    /// The words searched, when the list has a search field (`{feature}-search` labels it).
    #[prop(optional_no_strip)]
    search: Option<String>,
    /// The ways on when the words or filters find little.
    #[prop(optional)]
    alternatives: Alternatives,
    children: Children,
) -> impl IntoView {
    let path = format!("/{}/{}", use_lang().code(), text.section);
    let key = |suffix: &str| format!("{}-{suffix}", text.feature);
    let title = t(&key("title"));
    let count_key = key("count");
    let active = !state.applied.is_empty();
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{t(&key("intro"))}</p>
        {text.note.map(|note| view! { <p class="small">{note}</p> })}
        <IgnoredNotice ignored=state.ignored/>
        <FilterForm filters=state.filters clear_href=path.clone() active search=search.map(|q| (t(&key("search")), q))/>
        <ResultCount key=count_key total=state.page.total/>
        <AlternativesNotice alternatives/>
        {if state.is_empty {
            view! {
                <p class="empty">{t(&key("empty"))}" "<a href=path.clone()>{t("filters-clear")}</a></p>
            }
                .into_any()
        } else {
            view! { <ul class="cards">{children()}</ul> }.into_any()
        }}
        <Pagination info=state.page path params=state.applied/>
    }
}
