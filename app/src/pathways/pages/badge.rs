//! `/{lang}/badges/{id}`: a badge anyone can check: who earned what and when, the
//! competences it aligns to, and the verification of its signed credential (signature,
//! issuer, revocation), with the credential to download and the JSON for machines.

use super::admin_badges::RevokeForm;
use crate::i18n::{t, t_args, use_lang};
use crate::pathways::api::get_badge;
use crate::pathways::model::BadgeView;
use crate::ui::dates::long_date;
use crate::ui::form::{ErrorSummary, FormState};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn BadgePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    load_page(move || get_badge(id), |badge| view! { <BadgeDetail badge/> })
}

#[component]
fn BadgeDetail(badge: BadgeView) -> impl IntoView {
    let lang = use_lang();
    let valid = badge.signature_valid && badge.issuer_valid && badge.revoked_at.is_none();
    let check = |ok: bool, yes: &str, no: &str| {
        view! { <li class=if ok { "check-ok" } else { "check-bad" }>{t(if ok { yes } else { no })}</li> }
    };
    let verdict = if valid {
        view! { <p class="notice notice-success" role="status"><strong>{t("pathways-verify-valid")}</strong></p> }.into_any()
    } else if let Some(date) = badge.revoked_at.clone() {
        let reason = badge.revoked_reason.clone().unwrap_or_default();
        view! {
            <div class="notice notice-warning" role="status">
                <p><strong>{t_args("pathways-verify-revoked", &[("date", long_date(&date).into())])}</strong></p>
                <p>{t("pathways-verify-reason")} " " {reason}</p>
            </div>
        }
        .into_any()
    } else {
        view! { <p class="notice notice-warning" role="status"><strong>{t("pathways-verify-invalid")}</strong></p> }.into_any()
    };
    let title = t_args(
        "pathways-badge-page-title",
        &[("achievement", badge.achievement.clone().into())],
    );
    let competences = (!badge.competences.is_empty()).then(|| {
        view! {
            <h2>{t("pathways-badge-competences")}</h2>
            <ul>{badge.competences.iter().map(|c| view! { <li>{c.label.clone()}</li> }).collect_view()}</ul>
        }
    });
    let mine = badge.mine.then(|| view! { <p>{t("pathways-badge-share")}</p> });
    let revoke = (badge.can_revoke && badge.revoked_at.is_none()).then(|| {
        let form = FormState::current();
        let fields = [format!("reason-{}", badge.id)];
        view! {
            <section aria-labelledby="revoke-title" class="account-section">
                <h2 id="revoke-title">{t("pathways-admin-revoke")}</h2>
                <ErrorSummary errors=form.errors_of(&fields, true)/>
                <RevokeForm form id=badge.id.clone() from_badge=true/>
            </section>
        }
    });
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        {verdict}
        <dl class="facts">
            <dt>{t("pathways-badge-recipient")}</dt><dd>{badge.recipient.clone()}</dd>
            <dt>{t("pathways-badge-achievement")}</dt>
            <dd><a href=Route::Pathway(&badge.pathway_slug).at(lang)>{badge.achievement.clone()}</a></dd>
            <dt>{t("pathways-badge-issued")}</dt><dd>{long_date(&badge.issued_at)}</dd>
            <dt>{t("pathways-badge-issuer")}</dt><dd>{t("site-name")}</dd>
        </dl>
        <h2>{t("pathways-badge-criteria-title")}</h2>
        <p>{badge.criteria.clone()}</p>
        {competences}
        <section aria-labelledby="verification-title">
            <h2 id="verification-title">{t("pathways-verify-title")}</h2>
            <ul class="checks">
                {check(badge.signature_valid, "pathways-verify-signature-ok", "pathways-verify-signature-bad")}
                {check(badge.issuer_valid, "pathways-verify-issuer-ok", "pathways-verify-issuer-bad")}
                {check(badge.revoked_at.is_none(), "pathways-verify-not-revoked", "pathways-verify-is-revoked")}
            </ul>
            <p class="small">{t("pathways-verify-how")}</p>
        </section>
        {mine}
        {revoke}
        <ul class="links">
            <li><a href=format!("/badges/{}.jwt", badge.id) download="">{t("pathways-badge-download")}</a></li>
            <li><a href=format!("/badges/{}.json", badge.id) type="application/json">{t("pathways-badge-json")}</a></li>
            <li><a href="/badges/issuer.json" type="application/json">{t("pathways-badge-issuer-profile")}</a></li>
        </ul>
    }
}
