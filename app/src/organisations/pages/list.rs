//! `/{lang}/organisations`: the directory, filterable by country and kind.

use crate::catalogue::codes::{country_key, org_kind_key, ORG_KINDS};
use crate::i18n::{t, use_lang};
use crate::interviews::pages::list::country_choices;
use crate::organisations::api::list_organisations;
use crate::organisations::model::{OrganisationCard, OrganisationListPage};
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::ui::filters::{Choice, FilterForm, IgnoredNotice, ResultCount, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::pagination::Pagination;
use leptos::prelude::*;

/// The route component.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    load_page(
        move || list_organisations(lang, query),
        |page| view! { <OrganisationsList page/> },
    )
}

#[component]
fn OrganisationsList(page: OrganisationListPage) -> impl IntoView {
    let lang = use_lang();
    let path = format!("/{}/organisations", lang.code());
    let active = page.country.is_some() || page.kind.is_some();
    let filters = vec![
        SelectFilter {
            name: "country",
            label: t("filter-country"),
            any_label: t("filter-country-any"),
            options: country_choices(),
            selected: page.country.clone(),
        },
        SelectFilter {
            name: "kind",
            label: t("organisations-filter-kind"),
            any_label: t("organisations-filter-kind-any"),
            options: ORG_KINDS
                .iter()
                .map(|k| Choice {
                    value: (*k).to_string(),
                    label: t(&org_kind_key(k)),
                })
                .collect(),
            selected: page.kind.clone(),
        },
    ];
    let empty = page.items.is_empty();
    view! {
        <PageTitle title=t("organisations-title")/>
        <h1>{t("organisations-title")}</h1>
        <p class="lead">{t("organisations-intro")}</p>
        <IgnoredNotice ignored=page.ignored.clone()/>
        <FilterForm filters clear_href=path.clone() active/>
        <ResultCount key="organisations-count" total=page.page.total/>
        {if empty {
            view! { <p class="empty">{t("organisations-empty")}" "<a href=path.clone()>{t("filters-clear")}</a></p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {page.items.into_iter().map(|card| view! { <OrganisationCardItem card/> }).collect_view()}
                </ul>
            }
            .into_any()
        }}
        <Pagination info=page.page path params=page.applied/>
    }
}

/// The kind, city and country of an organisation, and whether it is verified.
#[component]
pub fn OrganisationFacts(card: OrganisationCard) -> impl IntoView {
    view! {
        <p class="byline">
            {t(&org_kind_key(&card.kind))}" · "{card.city}", "{t(&country_key(&card.country))}
            {card.verified.then(|| view! { " · " <span class="verified">{t("organisations-verified")}</span> })}
        </p>
    }
}

#[component]
fn OrganisationCardItem(card: OrganisationCard) -> impl IntoView {
    let lang = use_lang();
    let href = format!("/{}/organisations/{}", lang.code(), card.slug);
    let shown = card.lang;
    view! {
        <li class="card">
            <h2>
                <a href=href>{card.name.clone()}</a>
            </h2>
            <OrganisationFacts card=card.clone()/>
            <p lang=lang_attr(shown)>{card.summary}</p>
            <FallbackBadge shown/>
        </li>
    }
}
