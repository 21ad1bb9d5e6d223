//! An interview card, used in the interview list and on job profile and organisation pages.

use crate::catalogue::codes::country_key;
use crate::i18n::{t, t_args, use_lang};
use crate::interviews::model::InterviewCard;
use crate::ui::fallback_notice::{lang_attr, FallbackBadge};
use crate::ui::picture::Portrait;
use crate::web::urls::Route;
use leptos::prelude::*;

/// `heading` is the level of the card's title (2 in lists, 3 inside a section).
#[component]
pub fn InterviewCardItem(card: InterviewCard, heading: u8) -> impl IntoView {
    let lang = use_lang();
    let href = Route::Interview(&card.slug).at(lang);
    let shown = lang_attr(card.lang);
    let link = view! { <a href=href>{card.title.clone()}</a> };
    let title = if heading == 2 {
        view! { <h2 lang=shown>{link}</h2> }.into_any()
    } else {
        view! { <h3 lang=shown>{link}</h3> }.into_any()
    };
    let org = card
        .organisation
        .map(|o| format!(" · {}", o.title))
        .unwrap_or_default();
    view! {
        <li class="card">
            <div class="card-head">
                {card.portrait.clone().map(|picture| view! { <Portrait picture name=card.person_name.clone()/> })}
                {title}
            </div>
            <p class="byline">
                <strong>{card.person_name}</strong>", "<span lang=shown>{card.role}</span>{org}" · "
                {t(&country_key(&card.country))}
            </p>
            <p class="quote" lang=shown>{t_args("quote-inline", &[("text", card.quote.into())])}</p>
            <FallbackBadge shown=card.lang/>
        </li>
    }
}
