//! The legal pages, one per file, and what they share: the operator's details.

pub mod accessibility;
pub mod legal_notice;
pub mod privacy;

use crate::i18n::{t, t_args};
use crate::legal::model::Operator;
use crate::ui::dates::long_date;
use leptos::prelude::*;

/// A setting's value, or "not given yet" when the operator left it empty.
pub fn given(value: &str) -> String {
    if value.trim().is_empty() {
        t("legal-not-given")
    } else {
        value.trim().to_string()
    }
}

/// An e-mail address as a link (or "not given yet").
#[component]
pub fn MailTo(#[prop(into)] email: String) -> impl IntoView {
    let email = email.trim().to_string();
    if email.is_empty() {
        return view! { <span>{t("legal-not-given")}</span> }.into_any();
    }
    view! { <a href=format!("mailto:{email}")>{email.clone()}</a> }.into_any()
}

/// A postal address, a line each (or "not given yet").
#[component]
pub fn PostalAddress(lines: Vec<String>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <span>{t("legal-not-given")}</span> }.into_any();
    }
    let count = lines.len();
    view! {
        <address>
            {lines.into_iter().enumerate().map(|(i, line)| view! {
                {line}
                {(i + 1 < count).then(|| view! { <br/> })}
            }).collect_view()}
        </address>
    }
    .into_any()
}

/// The operator's postal address, e-mail and data-protection contact.
#[component]
pub fn OperatorFacts(operator: Operator) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>{t("legal-address")}</dt>
            <dd><PostalAddress lines=operator.address_lines()/></dd>
            <dt>{t("legal-email")}</dt>
            <dd><MailTo email=operator.email.clone()/></dd>
            <dt>{t("legal-dpo")}</dt>
            <dd><MailTo email=operator.dpo_email.clone()/></dd>
        </dl>
    }
}

/// "Last updated: …" of the legal texts.
#[component]
pub fn Updated() -> impl IntoView {
    let date = long_date(crate::legal::TEXTS_UPDATED);
    view! { <p class="muted">{t_args("legal-updated", &[("date", date.into())])}</p> }
}
