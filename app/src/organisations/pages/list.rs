//! `/{lang}/organisations`: the directory, filterable by country and kind.

use crate::catalogue::codes::{country_key, org_kind_key};
use crate::i18n::{t, use_lang};
use crate::organisations::api::list_organisations;
use crate::organisations::model::{OrganisationCard, OrganisationListPage};
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::ui::filters::{country_filter, org_kind_choices, SelectFilter};
use crate::ui::layout::request_path_and_query;
use crate::ui::list_frame::{ListFrame, ListState, ListText};
use crate::ui::load::load_page;
use crate::ui::picture::CardHead;
use crate::web::urls::Route;
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
    let kinds = org_kind_choices();
    let state = ListState {
        filters: vec![
            country_filter(page.country),
            SelectFilter {
                name: "kind",
                label: t("organisations-filter-kind"),
                any_label: t("organisations-filter-kind-any"),
                options: kinds,
                selected: page.kind,
            },
        ],
        ignored: page.ignored,
        page: page.page,
        applied: page.applied,
        is_empty: page.items.is_empty(),
    };
    view! {
        <ListFrame text=ListText { feature: "organisations", section: "organisations", note: None, entry: None } state search=Some(page.q) alternatives=page.alternatives>
            {page.items.into_iter().map(|card| view! { <OrganisationCardItem card/> }).collect_view()}
        </ListFrame>
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
    let href = Route::Organisation(&card.slug).at(lang);
    let shown = card.lang;
    let name = card.name.clone();
    view! {
        <li class="card">
            <CardHead logo=Some(card.logo.clone())>
                <h2><a href=href>{name}</a></h2>
            </CardHead>
            <OrganisationFacts card=card.clone()/>
            <p lang=lang_attr(shown)>{card.summary}</p>
            <FallbackBadge shown/>
        </li>
    }
}
