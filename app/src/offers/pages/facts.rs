//! The facts a job seeker weighs first, as the best job boards show them: what the offer is,
//! the contract (when it says more than the kind), the way of working, the pay and the hours.
//! The same list on the card and at the top of the offer page.

use crate::i18n::{t, t_args, tr_args, Lang};
use crate::offers::codes::key;
use crate::offers::model::{OfferCard, Pay};
use crate::ui::numbers::money;
use leptos::prelude::*;

/// The pay in words: "€28,000–€34,000 a year", "650 € par mois".
pub fn pay_text(lang: Lang, pay: &Pay) -> String {
    let amount = |n: i32| money(lang, i64::from(n), &pay.currency);
    let period = pay.period.code();
    match pay.max {
        Some(max) => tr_args(
            lang,
            "offers-pay-range",
            &[
                ("min", amount(pay.min).into()),
                ("max", amount(max).into()),
                ("period", period.into()),
            ],
        ),
        None => tr_args(
            lang,
            "offers-pay-one",
            &[("amount", amount(pay.min).into()), ("period", period.into())],
        ),
    }
}

/// The facts of `card`, in the order a reader scans them, each (class, text).
pub fn facts(lang: Lang, card: &OfferCard) -> Vec<(&'static str, String)> {
    let mut facts = vec![("fact-kind", t(&card.kind.label_key()))];
    if let Some(contract) = card.contract.as_deref().filter(|c| card.kind.contract_adds(c)) {
        facts.push(("fact-contract", t(&key("contract", contract))));
    }
    facts.push(("fact-mode", t(&card.work_mode.label_key())));
    if let Some(pay) = &card.pay {
        facts.push(("fact-pay", pay_text(lang, pay)));
    }
    if let Some(hours) = card.hours_per_week {
        facts.push((
            "fact-hours",
            t_args("offers-hours", &[("hours", i64::from(hours).into())]),
        ));
    }
    facts
}

/// The facts as a list of tags, named for screen readers.
#[component]
pub fn OfferFacts(card: OfferCard, lang: Lang) -> impl IntoView {
    view! {
        <ul class="tags offer-facts" aria-label=t("offers-facts-label")>
            {facts(lang, &card)
                .into_iter()
                .map(|(class, text)| view! { <li class=format!("tag {class}")>{text}</li> })
                .collect_view()}
        </ul>
    }
}
