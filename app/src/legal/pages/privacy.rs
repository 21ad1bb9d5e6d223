//! `/{lang}/privacy`: the privacy notice (GDPR art. 13) — who is responsible, what each
//! feature keeps and why (listed from the features' declarations), for how long (the periods
//! in force), who receives it, the person's rights, and the one cookie.

use super::{given, OperatorFacts, Updated};
use crate::i18n::{t, t_args, use_lang};
use crate::legal::api::privacy_facts;
use crate::legal::model::{NoticePart, Period, PrivacyNotice, Retention};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    load_page(privacy_facts, |notice| view! { <Notice notice/> })
}

#[component]
fn Notice(notice: PrivacyNotice) -> impl IntoView {
    let lang = use_lang();
    let title = t("privacy-title");
    let operator = notice.operator;
    let retention = notice.retention;
    let responsible = given(&operator.name);
    view! {
        <PageTitle title=title.clone()/>
        <article class="prose legal">
            <h1>{title}</h1>
            <p>{t_args("privacy-intro", &[("site", t("site-name").into())])}</p>
            <Updated/>

            <h2>{t("privacy-controller-heading")}</h2>
            <p>{t_args("privacy-controller", &[("name", responsible.into())])}</p>
            <OperatorFacts operator=operator.clone()/>

            <h2>{t("privacy-parts-heading")}</h2>
            {notice.parts.into_iter().map(|part| view! { <Part part retention/> }).collect_view()}

            <h2>{t("privacy-retention-heading")}</h2>
            <p>{t("privacy-retention-intro")}</p>
            <RetentionTable retention/>

            <h2>{t("privacy-recipients-heading")}</h2>
            <ul>
                <li>{t_args("privacy-recipients-hosting", &[("hosting", given(&operator.hosting).into())])}</li>
                <li>{t("privacy-recipients-mail")}</li>
                <li>{t("privacy-recipients-public")}</li>
                <li>{t("privacy-recipients-none")}</li>
            </ul>

            <h2>{t("privacy-rights-heading")}</h2>
            <p>{t("privacy-rights-intro")}</p>
            <ul>
                <li>{t("privacy-rights-see")} " " <a href=Route::Account.at(lang)>{t("privacy-link-account")}</a></li>
                <li>{t("privacy-rights-correct")} " " <a href=Route::AccountProfile.at(lang)>{t("privacy-link-profile")}</a></li>
                <li>{t("privacy-rights-erase")} " " <a href=Route::DeleteAccount.at(lang)>{t("privacy-link-delete")}</a></li>
                <li>{t_args("privacy-rights-write", &[("email", given(&operator.dpo_email).into())])}</li>
                <li>{t("privacy-rights-complaint")}</li>
            </ul>

            <h2>{t("privacy-cookie-heading")}</h2>
            <p>{t_args("privacy-cookie", &[("name", crate::web::SESSION_COOKIE.into())])}</p>
        </article>
    }
}

/// One feature's part: what, why, how long.
#[component]
fn Part(part: NoticePart, retention: Retention) -> impl IntoView {
    let key = format!("privacy-part-{}", part.notice);
    view! {
        <section class="notice-part" aria-labelledby=format!("part-{}", part.notice)>
            <h3 id=format!("part-{}", part.notice)>{t(&key)}</h3>
            <dl class="facts">
                <dt>{t("privacy-what")}</dt>
                <dd>{t(&format!("{key}-what"))}</dd>
                <dt>{t("privacy-why")}</dt>
                <dd>{t(&format!("{key}-why"))}</dd>
                <dt>{t("privacy-how-long")}</dt>
                <dd>{part.kept.into_iter().map(|period| view! { <p>{kept(period, &retention)}</p> }).collect_view()}</dd>
            </dl>
        </section>
    }
}

/// "Deleted after 30 days if …", with the days in force.
fn kept(period: Period, retention: &Retention) -> String {
    let key = format!("privacy-kept-{}", period.code());
    match period.days(retention) {
        Some(days) => t_args(&key, &[("days", i64::from(days).into())]),
        None => t(&key),
    }
}

/// Every period the housekeeping job applies, with its days.
#[component]
fn RetentionTable(retention: Retention) -> impl IntoView {
    let rows = Period::SWEPT
        .iter()
        .map(|period| {
            (
                t(&format!("privacy-retention-{}", period.code())),
                period.days(&retention),
            )
        })
        .chain([(t("privacy-retention-links"), Some(1))]);
    view! {
        <table class="retention">
            <thead>
                <tr><th scope="col">{t("privacy-retention-what")}</th><th scope="col">{t("privacy-retention-after")}</th></tr>
            </thead>
            <tbody>
                {rows.map(|(what, days)| view! {
                    <tr>
                        <td>{what}</td>
                        <td>{days.map(|d| t_args("privacy-days", &[("days", i64::from(d).into())]))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
