//! Previous / next links of a paged list, keeping the filters in the address.

use crate::catalogue::query::PageInfo;
use crate::i18n::{t, t_args};
use leptos::prelude::*;

/// Builds `path?name=value&…&page=N` from the filters in use.
pub fn href_with(path: &str, params: &[(String, String)], page: Option<u64>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in params {
        query.append_pair(name, value);
    }
    if let Some(page) = page.filter(|p| *p > 1) {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// The pager; nothing when everything fits on one page.
#[component]
pub fn Pagination(info: PageInfo, path: String, params: Vec<(String, String)>) -> impl IntoView {
    (info.pages > 1).then(|| {
        // Another page of results opens at the results, as a search does.
        let at = |page: u64| format!("{}#{}", href_with(&path, &params, Some(page)), crate::ui::layout::RESULTS_ANCHOR);
        let prev = (info.page > 1).then(|| at(info.page - 1));
        let next = (info.page < info.pages).then(|| at(info.page + 1));
        let page = i64::try_from(info.page).unwrap_or(1);
        let pages = i64::try_from(info.pages).unwrap_or(1);
        view! {
            <nav class="pagination" aria-label=t("pagination-label")>
                {prev.map(|href| view! { <a href=href rel="prev">{t("pagination-previous")}</a> })}
                <span>{t_args("pagination-position", &[("page", page.into()), ("pages", pages.into())])}</span>
                {next.map(|href| view! { <a href=href rel="next">{t("pagination-next")}</a> })}
            </nav>
        }
    })
}
