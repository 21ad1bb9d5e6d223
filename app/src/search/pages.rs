//! `/{lang}/search?q=…`: one search field for the whole portal, the results grouped by kind
//! with their counts, the best few of each with the sentence where the words matched, and a
//! link to each kind's own list with the same words. A GET form: works without JavaScript.

use super::api::site_search;
use super::model::{Found, Group, SearchPage};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::alternatives::AlternativesNotice;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::filters::{FilterPanel, IgnoredNotice, ResultCount, Results as SearchResults};
use crate::ui::layout::request_path_and_query;
use crate::ui::layout::RESULTS_ANCHOR;

use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

fn kind_name(code: &str) -> String {
    crate::content::ContentKind::parse(code)
        .map(|k| t(&k.plural_key()))
        .unwrap_or_else(|| code.to_string())
}

fn result(found: Found) -> impl IntoView {
    let snippet = found
        .snippet
        .into_iter()
        .map(|piece| {
            if piece.marked {
                view! { <mark>{piece.text}</mark> }.into_any()
            } else {
                piece.text.into_any()
            }
        })
        .collect_view();
    view! {
        <li>
            <h3 lang=lang_attr(found.lang)><a href=found.href>{found.title}</a></h3>
            <p class="small" lang=lang_attr(found.lang)>{snippet}</p>
        </li>
    }
}

fn group(group: Group, q: &str) -> impl IntoView {
    let id = format!("found-{}", group.kind.replace('_', "-"));
    let name = kind_name(&group.kind);
    let heading = id.clone();
    view! {
        <section aria-labelledby=heading class="found-group">
            <h2 id=id>{name.clone()} " " <span class="count">"(" {group.count} ")"</span></h2>
            <ul class="plain-list found">{group.best.into_iter().map(result).collect_view()}</ul>
            <p><a href=group.list_href>{t_args(
                "search-see-all",
                &[("count", (group.count as i64).into()), ("kind", name.into()), ("q", q.to_string().into())],
            )}</a></p>
        </section>
    }
}

#[component]
pub fn SearchResultsPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    view! {
        {load_page(move || site_search(lang, query), move |page| view! { <Results page/> })}
    }
}

#[component]
fn Results(page: SearchPage) -> impl IntoView {
    let lang = use_lang();
    let title = if page.q.trim().is_empty() {
        t("search-title")
    } else {
        t_args(
            "search-title-for",
            &[
                ("q", page.q.clone().into()),
                ("count", (page.total as i64).into()),
            ],
        )
    };
    let kinds = page
        .kinds
        .iter()
        .map(|code| {
            let selected = page.kind.as_deref() == Some(code.as_str());
            view! { <option value=code.clone() selected=selected>{kind_name(code)}</option> }
        })
        .collect_view();
    let written = crate::i18n::Lang::ALL
        .iter()
        .map(|l| {
            let selected = page.written.as_deref() == Some(l.code());
            view! { <option value=l.code() selected=selected>{t(&format!("lang-name-{}", l.code()))}</option> }
        })
        .collect_view();
    let q = page.q.clone();
    let chosen = usize::from(page.kind.is_some()) + usize::from(page.written.is_some());
    let empty = !page.q.trim().is_empty() && page.groups.is_empty();
    view! {
        <PageTitle title=title.clone()/>
        <h1>{t("search-title")}</h1>
        <IgnoredNotice ignored=page.ignored.clone()/>
        <form method="get" action=format!("{}#{}", Route::Search.at(lang), RESULTS_ANCHOR) class="filters"
            role="search" aria-label=t("search-form-label")>
            <div class="field field-words">
                <label for="search-q">{t("search-q-label")}</label>
                <div class="words-row">
                    <input type="search" id="search-q" name="q" value=page.q.clone() maxlength="200"/>
                    <button type="submit">{t("search-submit")}</button>
                </div>
            </div>
            <FilterPanel chosen>
                <div class="field">
                    <label for="search-kind">{t("search-kind-label")}</label>
                    <select id="search-kind" name="kind">
                        <option value="" selected=page.kind.is_none()>{t("search-kind-all")}</option>
                        {kinds}
                    </select>
                </div>
                <div class="field">
                    <label for="search-lang">{t("search-lang-label")}</label>
                    <select id="search-lang" name="lang">
                        <option value="" selected=page.written.is_none()>{t("search-lang-all")}</option>
                        {written}
                    </select>
                </div>
                <div class="actions"><button type="submit">{t("filters-apply")}</button></div>
            </FilterPanel>
        </form>
        {(!page.q.trim().is_empty()).then(|| view! {
            <ResultCount key="search-count" total=page.total as u64/>
            <AlternativesNotice alternatives=page.alternatives.clone()/>
            <SearchResults>
                {empty.then(|| view! {
                    <div class="empty">
                        <p>{t("search-empty")}</p>
                        <ul>
                            <li>{t("search-empty-tip-spelling")}</li>
                            <li>{t("search-empty-tip-fewer")}</li>
                        </ul>
                    </div>
                })}
                {page.groups.into_iter().map(|g| group(g, &q)).collect_view()}
            </SearchResults>
        })}
    }
}
