//! `/{lang}/organisations/{slug}`: one organisation.

use crate::i18n::{t, use_lang};
use crate::interviews::pages::card::InterviewCardItem;
use crate::organisations::api::get_organisation;
use crate::organisations::model::OrganisationDetail;
use crate::organisations::pages::list::OrganisationFacts;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::json_ld::JsonLd;
use crate::ui::layout::public_origin;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::picture::OrgLogo;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The route component.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let lang = use_lang();
    load_page(
        move || get_organisation(lang, slug),
        |org| view! { <OrganisationView org/> },
    )
}

#[component]
fn OrganisationView(org: OrganisationDetail) -> impl IntoView {
    let lang = use_lang();
    let base = format!("/{}", lang.code());
    let card = org.card;
    let page_url = format!("{}{base}/organisations/{}", public_origin(), card.slug);
    let mut json_ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": page_url,
        "name": card.name,
        "url": org.website.clone().unwrap_or_else(|| page_url.clone()),
        "description": card.summary,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": card.city,
            "addressCountry": card.country,
        },
    });
    if let Some(picture) = &card.logo.picture {
        json_ld["logo"] = format!("{}{}", public_origin(), picture.url(192, "png")).into();
    }
    view! {
        <JsonLd data=json_ld/>
        <PageTitle title=card.name.clone()/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Organisations.at(lang)>{t("nav-organisations")}</a>
        </nav>
        <div class="page-head">
            <OrgLogo logo=card.logo.clone() size=96 eager=true/>
            <h1>{card.name.clone()}</h1>
        </div>
        <OrganisationFacts card=card.clone()/>
        {(!card.verified).then(|| view! { <p class="small">{t("organisations-not-verified")}</p> })}
        {org.website.map(|url| view! {
            <p>
                <a href=url.clone() rel="external noopener">{t("organisations-website")}</a>
                " "<span class="small">{url}</span>
            </p>
        })}
        <section aria-labelledby="about">
            <h2 id="about">{t("organisations-about")}</h2>
            <FallbackNotice shown=card.lang propose=Some(Route::ProposeTranslation(crate::content::ContentKind::Organisation, &card.slug).at(lang))/>
            <div class="prose" lang=lang_attr(card.lang) inner_html=org.description_html></div>
        </section>
        <crate::offers::pages::card::OpenOffers offers=org.offers/>
        <crate::webinars::pages::card::NextWebinars webinars=org.webinars/>
        <section aria-labelledby="interviews">
            <h2 id="interviews">{t("organisations-interviews")}</h2>
            {if org.interviews.is_empty() {
                view! { <p>{t("organisations-no-interviews")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {org.interviews.into_iter().map(|card| view! { <InterviewCardItem card heading=3/> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
