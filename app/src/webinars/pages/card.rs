//! A webinar card: when (in the reader's zone, named), title, organisation, language spoken,
//! length, seats or "waiting list", accessibility and replay.

use crate::i18n::{t, t_args, use_lang};
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::web::urls::Route;
use crate::webinars::model::{Seats, WebinarCard};
use leptos::prelude::*;

/// What a webinar's seats are, in words.
pub fn seats_text(seats: Seats) -> String {
    match seats {
        Seats::Open => t("webinars-seats-open"),
        Seats::Left(n) => t_args("webinars-seats-left", &[("count", i64::from(n).into())]),
        Seats::WaitingList => t("webinars-seats-waiting-list"),
        Seats::Closed => t("webinars-seats-closed"),
    }
}

/// Captions, sign language, transcript: the provisions a webinar has, in words.
pub fn provisions(card: &WebinarCard) -> Vec<String> {
    [
        (card.captions, "webinars-access-captions"),
        (card.sign_language, "webinars-access-sign-language"),
        (card.transcript, "webinars-access-transcript"),
    ]
    .into_iter()
    .filter(|(has, _)| *has)
    .map(|(_, key)| t(key))
    .collect()
}

/// `heading` is the level of the card's title (2 in lists, 3 inside a section).
#[component]
pub fn WebinarCardItem(card: WebinarCard, #[prop(default = 2)] heading: u8) -> impl IntoView {
    let lang = use_lang();
    let shown = lang_attr(card.lang);
    let access = provisions(&card);
    let status = if card.upcoming {
        seats_text(card.seats)
    } else if card.replay {
        t("webinars-replay-available")
    } else {
        t("webinars-past")
    };
    view! {
        <li class="card webinar-card">
            <p class="card-kind"><time datetime=card.starts_at.clone()>{card.when.clone()}</time></p>
            <crate::ui::picture::CardHead logo=card.logo.clone()>
                {if heading == 2 {
                    view! { <h2 lang=shown><a href=Route::Webinar(&card.slug).at(lang)>{card.title.clone()}</a></h2> }.into_any()
                } else {
                    view! { <h3 lang=shown><a href=Route::Webinar(&card.slug).at(lang)>{card.title.clone()}</a></h3> }.into_any()
                }}
            </crate::ui::picture::CardHead>
            <p class="byline">
                {card.organisation.clone().map(|(_, name)| view! { {name} " · " })}
                {t_args("webinars-spoken", &[("language", t(&format!("lang-name-{}", card.spoken.code())).into())])}
                " · " {t_args("webinars-minutes", &[("minutes", i64::from(card.duration_minutes).into())])}
            </p>
            <p class="byline"><strong>{status}</strong>{(!access.is_empty()).then(|| view! { " · " {access.join(", ")} })}</p>
            <FallbackBadge shown=card.lang/>
        </li>
    }
}

/// "Next webinars" on a page about something they relate to (nothing when there is none).
#[component]
pub fn NextWebinars(webinars: Vec<WebinarCard>) -> impl IntoView {
    let lang = use_lang();
    (!webinars.is_empty()).then(|| {
        view! {
            <section aria-labelledby="next-webinars">
                <h2 id="next-webinars">{t("webinars-next-title")}</h2>
                <ul class="cards">
                    {webinars.into_iter().map(|card| view! { <WebinarCardItem card heading=3/> }).collect_view()}
                </ul>
                <p><a href=Route::Webinars.at(lang)>{t("webinars-next-all")}</a></p>
            </section>
        }
    })
}
