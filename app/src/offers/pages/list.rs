//! `/{lang}/offers`: search and filter offers.

use super::card::OfferCardItem;
use super::search_form::{ActiveFilters, SearchForm};
use crate::i18n::{t, use_lang};
use crate::offers::api::search_offers;
use crate::offers::codes::SAVE_SEARCH_ANCHOR;
use crate::offers::model::OfferListPage;
use crate::ui::alternatives::AlternativesNotice;
use crate::ui::filters::{IgnoredNotice, ResultCount, Results};
use crate::ui::form::{FormState, PostForm};
use crate::ui::layout::{public_origin, request_path_and_query};
use crate::ui::list_frame::results_title;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::pagination::Pagination;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_meta::Link;

#[component]
pub fn OffersPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    let feed = if query.is_empty() {
        format!("{}/{}/offers/feed.atom", public_origin(), lang.code())
    } else {
        format!("{}/{}/offers/feed.atom?{query}", public_origin(), lang.code())
    };
    view! {
        <Link rel="alternate" type_="application/atom+xml" href=feed.clone() title=t("offers-feed-title")/>
        <h1>{t("offers-title")}</h1>
        <p class="lead">{t("offers-intro")}</p>
        {load_page(move || search_offers(lang, query), move |page| view! { <OfferResults page/> })}
        <p class="small"><a href=feed>{t("offers-feed-link")}</a></p>
    }
}

#[component]
fn OfferResults(page: OfferListPage) -> impl IntoView {
    let lang = use_lang();
    let path = Route::Offers.at(lang);
    let empty = page.items.is_empty();
    let params = page.applied.clone();
    let info = page.page.clone();
    let total = page.page.total;
    let save_query = crate::ui::pagination::href_with("", &params, None);
    let title = results_title(
        &t("offers-title"),
        "offers-count",
        &info,
        Some(page.filters.q.as_str()),
        !params.is_empty(),
    );
    view! {
        <PageTitle title/>
        <IgnoredNotice ignored=page.ignored.clone()/>
        <SearchForm page=page.clone()/>
        <ResultCount key="offers-count" total/>
        <ActiveFilters page=page.clone()/>
        <AlternativesNotice alternatives=page.alternatives.clone()/>
        <Results>
            {if empty {
                view! {
                    <div class="empty">
                        <p>{t("offers-empty")}</p>
                        <ul>
                            <li>{t("offers-empty-tip-words")}</li>
                            <li>{t("offers-empty-tip-filters")}</li>
                            <li><a href=path.clone()>{t("offers-empty-all")}</a></li>
                        </ul>
                    </div>
                }
                    .into_any()
            } else {
                view! {
                    <ul class="cards">
                        {page.items.into_iter().map(|card| view! { <OfferCardItem card heading=2/> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <Pagination info path params/>
        </Results>
        <SaveSearch query=save_query/>
    }
}

/// "Save this search" (with an optional daily e-mail), or the way to sign in for it.
#[component]
fn SaveSearch(query: String) -> impl IntoView {
    let lang = use_lang();
    let query = query.trim_start_matches('?').to_string();
    let back = Route::OffersQuery(&query).at(lang);
    if crate::web::context::current_viewer().is_none() {
        let sign_in =
            Route::SignIn.with_next_then(lang, Some(&back), Some(crate::offers::codes::SAVE_SEARCH));
        return view! {
            <p class="small" id=SAVE_SEARCH_ANCHOR>
                <a href=sign_in>{t("offers-save-search-sign-in")}</a>
            </p>
        }
        .into_any();
    }
    let form = FormState::current();
    view! {
        <div id=SAVE_SEARCH_ANCHOR>
        <PostForm form action=Route::Offers.at(lang) fields=&[] form_errors=true class="save-search">
            <input type="hidden" name="action" value="save-search"/>
            <input type="hidden" name="query" value=query/>
            <div class="check">
                <input type="checkbox" id="save-alert" name="alert" value="on"/>
                <label for="save-alert">{t("offers-save-search-alert")}</label>
            </div>
            <button type="submit" class="button-secondary">{t("offers-save-search")}</button>
        </PostForm>
        </div>
    }
    .into_any()
}
