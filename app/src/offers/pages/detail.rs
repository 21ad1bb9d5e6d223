//! `/{lang}/offers/{slug}`: one offer, every field, how to apply, and its JSON-LD.

use super::card::place;
use crate::i18n::{t, t_args, use_lang};
use crate::offers::api::get_offer;
use crate::offers::model::OfferDetail;
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::{lang_attr, FallbackNotice};
use crate::ui::form::{FormState, PostForm};
use crate::ui::json_ld::JsonLd;
use crate::ui::layout::public_origin;
use crate::ui::level::CompetenceItem;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OfferPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let lang = use_lang();
    load_page(
        move || get_offer(lang, slug),
        |offer| view! { <OfferView offer/> },
    )
}

#[component]
fn OfferView(offer: OfferDetail) -> impl IntoView {
    let lang = use_lang();
    let base = format!("/{}", lang.code());
    let card = offer.card.clone();
    let url = format!("{}{base}/offers/{}", public_origin(), card.slug);
    let json_ld = crate::offers::json_ld::of(&offer, &url);
    let fact = |label: String, value: String| view! { <dt>{label}</dt><dd>{value}</dd> };
    let closed = offer.closed.then(|| {
        view! { <p class="notice notice-warning" role="note"><strong>{t("offers-closed")}</strong></p> }
    });
    let apply = (!offer.closed).then(|| {
        let link = offer.apply_url.clone().map(|href| {
            view! { <p><a class="button" href=href rel="external noopener">{t("offers-apply-link")}</a></p> }
        });
        let email = offer.apply_email.clone().map(|address| {
            view! { <p>{t("offers-apply-email")} " " <a href=format!("mailto:{address}")>{address.clone()}</a></p> }
        });
        view! {
            <section aria-labelledby="apply-title">
                <h2 id="apply-title">{t("offers-apply-title")}</h2>
                {offer.how_to_apply.clone().map(|text| view! { <p lang=lang_attr(card.lang)>{text}</p> })}
                {link}
                {email}
            </section>
        }
    });
    let competences = (!offer.competences.is_empty()).then(|| {
        view! {
            <section aria-labelledby="competences-title">
                <h2 id="competences-title">{t("offers-competences-title")}</h2>
                <ul class="competence-list">
                    {offer
                        .competences
                        .iter()
                        .map(|c| view! { <CompetenceItem code=c.code.clone() label=c.label.clone() level=c.target.clone().unwrap_or_default()/> })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    let profile = offer.job_profile.clone().map(|(slug, title)| {
        view! {
            <p>{t("offers-job-profile")} " " <a href=Route::Job(&slug).at(lang)>{title}</a></p>
        }
    });
    let save = match offer.saved {
        None => view! {
            <p>
                <a href=Route::SignIn.with_next_then(
                    lang,
                    Some(&Route::Offer(&card.slug).at(lang)),
                    Some(crate::offers::codes::SAVE_OFFER),
                )>{t("offers-save-sign-in")}</a>
            </p>
        }
        .into_any(),
        Some(saved) => {
            let form = FormState::current();
            view! {
                <PostForm form action=Route::Offer(&card.slug).at(lang) fields=&[] form_errors=true class="save-form">
                    <input type="hidden" name="action" value=if saved { "unsave" } else { "save" }/>
                    <button type="submit" class="button-secondary" aria-pressed=if saved { "true" } else { "false" }>
                        {t(if saved { "offers-saved-button" } else { "offers-save-button" })}
                    </button>
                </PostForm>
            }
                .into_any()
        }
    };
    view! {
        <JsonLd data=json_ld/>
        <PageTitle title=card.title.clone()/>
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=Route::Offers.at(lang)>{t("nav-offers")}</a>
        </nav>
        <h1 lang=lang_attr(card.lang)>{card.title.clone()}</h1>
        <FallbackNotice shown=card.lang propose=Some(Route::ProposeTranslation(crate::content::ContentKind::Offer, &card.slug).at(lang))/>
        {closed}
        <super::facts::OfferFacts card=card.clone() lang/>
        {save}
        <dl class="facts">
            {fact(t("offers-fact-organisation"), card.organisation.clone())}
            {fact(t("offers-fact-place"), place(&card))}
            {fact(t("offers-fact-posted"), long_date(&card.posted_on))}
            {card.valid_until.clone().map(|d| fact(t("offers-fact-closes"), long_date(&d)))}
            {offer.starts_on.clone().map(|d| fact(t("offers-fact-starts"), long_date(&d)))}
        </dl>
        <p>
            <a href=Route::Organisation(&card.organisation_slug).at(lang)>
                {t_args("offers-about-organisation", &[("name", card.organisation.clone().into())])}
            </a>
        </p>
        <div class="prose" lang=lang_attr(card.lang) inner_html=offer.description_html.clone()></div>
        {apply}
        {competences}
        {(!offer.competences.is_empty()).then(|| view! { <crate::assessment::pages::gap_box::GapBoxSection gaps=offer.gaps.clone()/> })}
        {profile}
        <crate::pathways::pages::card::PathwaysTowards pathways=offer.pathways.clone()/>
    }
}
