//! `/{lang}/accessibility`: the accessibility statement, shaped as the EU model statement
//! (Implementing Decision (EU) 2018/1523): the standard, the status, how it is checked, what
//! does not conform yet, how to report a problem, the enforcement procedure, the date.

use super::{given, MailTo};
use crate::i18n::{t, t_args};
use crate::legal::api::operator_identity;
use crate::legal::model::Operator;
use crate::ui::dates::long_date;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    load_page(operator_identity, |operator| view! { <Statement operator/> })
}

#[component]
fn Statement(operator: Operator) -> impl IntoView {
    let title = t("accessibility-title");
    let date = long_date(crate::legal::TEXTS_UPDATED);
    view! {
        <PageTitle title=title.clone()/>
        <article class="prose legal">
            <h1>{title}</h1>
            <p>{t_args("accessibility-intro", &[("operator", given(&operator.name).into())])}</p>

            <h2>{t("accessibility-standard-heading")}</h2>
            <p>{t("accessibility-standard")}</p>
            <p>{t("accessibility-status")}</p>

            <h2>{t("accessibility-checks-heading")}</h2>
            <ul>
                <li>{t("accessibility-check-automatic")}</li>
                <li>{t("accessibility-check-journeys")}</li>
                <li>{t("accessibility-check-phone")}</li>
                <li>{t("accessibility-check-method")}</li>
            </ul>

            <h2>{t("accessibility-known-heading")}</h2>
            <ul>
                <li>{t("accessibility-known-files")}</li>
                <li>{t("accessibility-known-webinars")}</li>
                <li>{t("accessibility-known-partner-content")}</li>
            </ul>

            <h2>{t("accessibility-report-heading")}</h2>
            <p>{t_args("accessibility-report", &[("email", given(&operator.email).into())])}</p>
            <p><MailTo email=operator.email.clone()/></p>
            <p>{t("accessibility-enforcement")}</p>
            <p class="muted">{t_args("accessibility-prepared", &[("date", date.into())])}</p>
        </article>
    }
}
