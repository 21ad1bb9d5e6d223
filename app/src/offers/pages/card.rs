//! An offer in a list: title, organisation, place, its facts (kind, contract, work mode, pay,
//! hours) and dates.

use crate::catalogue::codes::country_key;
use crate::i18n::{t, t_args, use_lang};
use crate::offers::model::OfferCard;
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::web::urls::Route;
use leptos::prelude::*;

/// The place of an offer: city and country, or the country alone.
pub fn place(card: &OfferCard) -> String {
    let country = card.country.as_deref().map(|c| t(&country_key(c)));
    match (&card.city, country) {
        (Some(city), Some(country)) => format!("{city}, {country}"),
        (Some(city), None) => city.clone(),
        (None, Some(country)) => country,
        (None, None) => String::new(),
    }
}

/// A card; `heading` is the level of its title (2 in the search, 3 inside a section).
#[component]
pub fn OfferCardItem(
    card: OfferCard,
    heading: u8,
    /// Something to add at the end of the card (the saved page's remove button).
    #[prop(optional)]
    footer: Option<AnyView>,
) -> impl IntoView {
    let lang = use_lang();
    let href = Route::Offer(&card.slug).at(lang);
    let link = view! { <a href=href>{card.title.clone()}</a> };
    let title = if heading == 2 {
        view! { <h2 lang=lang_attr(card.lang)>{link}</h2> }.into_any()
    } else {
        view! { <h3 lang=lang_attr(card.lang)>{link}</h3> }.into_any()
    };
    let closes = card
        .valid_until
        .as_ref()
        .map(|d| view! { " · " {t_args("offers-closes", &[("date", long_date(d).into())])} });
    view! {
        <li class="card offer-card">
            <crate::ui::picture::CardHead logo=Some(card.logo.clone())>{title}</crate::ui::picture::CardHead>
            <FallbackBadge shown=card.lang/>
            <p class="byline">{card.organisation.clone()} " · " {place(&card)}</p>
            <super::facts::OfferFacts card=card.clone() lang/>
            <p class="small">
                {t_args("offers-posted", &[("date", long_date(&card.posted_on).into())])}
                {closes}
            </p>
            {footer}
        </li>
    }
}

/// The "Open offers" section of an organisation or job profile page (nothing when none).
#[component]
pub fn OpenOffers(offers: Vec<OfferCard>) -> impl IntoView {
    (!offers.is_empty()).then(|| {
        view! {
            <section aria-labelledby="open-offers">
                <h2 id="open-offers">{t("offers-open-title")}</h2>
                <ul class="cards">
                    {offers.into_iter().map(|card| view! { <OfferCardItem card heading=3/> }).collect_view()}
                </ul>
            </section>
        }
    })
}
