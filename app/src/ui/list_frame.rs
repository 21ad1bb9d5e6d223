//! The frame every list page shares: title, introduction, notice for ignored parameters, the
//! filter form, the result count, the items or a helpful empty state, and the pager.

use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::alternatives::{Alternatives, AlternativesNotice};
use crate::ui::filters::{
    chips_of, ActiveChips, FilterForm, IgnoredNotice, ResultCount, Results, SelectFilter,
};
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
    /// A way in beside the list (href, words): "I have a resume code" on the pathways.
    pub entry: Option<(String, String)>,
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
    let words = search.map(|q| (t(&key("search")), q));
    let chips = chips_of(&path, words.clone(), &state.filters, &state.applied);
    let (intro, empty_text) = (t(&key("intro")), t(&key("empty")));
    let document_title = results_title(
        &title,
        &count_key,
        &state.page,
        words.as_ref().map(|(_, q)| q.as_str()),
        active,
    );
    view! {
        <PageTitle title=document_title/>
        <h1>{title}</h1>
        <p class="lead">{intro}</p>
        {text.note.map(|note| view! { <p class="small">{note}</p> })}
        {text.entry.map(|(href, words)| view! { <p class="list-entry"><a href=href>{words}</a></p> })}
        <IgnoredNotice ignored=state.ignored/>
        <FilterForm filters=state.filters clear_href=path.clone() active search=words/>
        <ResultCount key=count_key total=state.page.total/>
        <ActiveChips chips clear_href=path.clone()/>
        <AlternativesNotice alternatives/>
        <Results>
            {if state.is_empty {
                view! {
                    <p class="empty">{empty_text}" "<a href=path.clone()>{t("filters-clear")}</a></p>
                }
                    .into_any()
            } else {
                view! { <ul class="cards">{children()}</ul> }.into_any()
            }}
            <Pagination info=state.page path params=state.applied/>
        </Results>
    }
}

/// The document title of a list: what was searched, how many were found and the page, so a
/// tab or a history entry says which results it holds ("“données” — 52 offers, page 2").
pub fn results_title(
    title: &str,
    count_key: &str,
    page: &PageInfo,
    words: Option<&str>,
    filtered: bool,
) -> String {
    let words = words.map(str::trim).filter(|q| !q.is_empty());
    if words.is_none() && !filtered && page.page <= 1 {
        return title.to_string();
    }
    let total = i64::try_from(page.total).unwrap_or(i64::MAX);
    let found = t_args(count_key, &[("count", total.into())]);
    let mut text = match words {
        Some(q) => t_args(
            "results-title-words",
            &[("words", q.to_string().into()), ("found", found.into())],
        ),
        None => t_args(
            "results-title",
            &[("title", title.to_string().into()), ("found", found.into())],
        ),
    };
    if page.page > 1 {
        let number = i64::try_from(page.page).unwrap_or(1);
        text = t_args(
            "results-title-page",
            &[("results", text.into()), ("page", number.into())],
        );
    }
    text
}
