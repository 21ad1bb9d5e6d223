//! `/{lang}/legal`: the legal notice — the publisher (from the operator's settings), the host,
//! the licences of the code and the content, and where to report a security problem.

use super::{given, OperatorFacts, Updated};
use crate::i18n::{t, t_args};
use crate::legal::api::operator_identity;
use crate::legal::model::Operator;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn LegalNoticePage() -> impl IntoView {
    load_page(operator_identity, |operator| view! { <Notice operator/> })
}

#[component]
fn Notice(operator: Operator) -> impl IntoView {
    let title = t("legal-title");
    view! {
        <PageTitle title=title.clone()/>
        <article class="prose legal">
            <h1>{title}</h1>
            <Updated/>

            <h2>{t("legal-publisher-heading")}</h2>
            <p>{t_args("legal-publisher", &[("name", given(&operator.name).into())])}</p>
            <OperatorFacts operator=operator.clone()/>

            <h2>{t("legal-hosting-heading")}</h2>
            <p>{t_args("legal-hosting", &[("hosting", given(&operator.hosting).into())])}</p>

            <h2>{t("legal-licences-heading")}</h2>
            <p>{t("legal-licence-code")}</p>
            <p>{t("legal-licence-content")}</p>
            <p>{t("legal-licence-data")}</p>

            <h2>{t("legal-security-heading")}</h2>
            <p>
                {t("legal-security")} " "
                <a href="/.well-known/security.txt">"security.txt"</a>
            </p>
        </article>
    }
}
