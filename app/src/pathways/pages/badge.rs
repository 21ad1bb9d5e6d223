//! `/{lang}/badges/{id}`: a badge anyone can check. In plain words first (genuine or not, who
//! earned what and when), with its picture; then, for its owner, ways to show it (the picture
//! to download, "Add to LinkedIn", the link); the signature's details folded away.

use super::admin_badges::RevokeForm;
use crate::i18n::{t, t_args, use_lang};
use crate::islands::copy_link::CopyLink;
use crate::pathways::api::get_badge;
use crate::pathways::model::BadgeView;
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::form::{ErrorSummary, FormState};
use crate::ui::layout::public_origin;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::share_meta::{ShareMeta, SharedImage};
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The picture's size (`badges::image`), for layout without a jump and for previews.
const PICTURE_WIDTH: u32 = 1200;
const PICTURE_HEIGHT: u32 = 630;

#[component]
pub fn BadgePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    load_page(move || get_badge(id), |badge| view! { <BadgeDetail badge/> })
}

/// LinkedIn's "add a licence or certification" form, filled in.
pub fn linkedin_url(name: &str, issuer: &str, issued_iso: &str, page: &str, id: &str) -> String {
    let mut date = issued_iso.split('-');
    let (year, month) = (date.next().unwrap_or_default(), date.next().unwrap_or_default());
    let month = month.trim_start_matches('0');
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("startTask", "CERTIFICATION_NAME")
        .append_pair("name", name)
        .append_pair("organizationName", issuer)
        .append_pair("issueYear", year)
        .append_pair("issueMonth", month)
        .append_pair("certUrl", page)
        .append_pair("certId", id)
        .finish();
    format!("https://www.linkedin.com/profile/add?{query}")
}

#[component]
fn BadgeDetail(badge: BadgeView) -> impl IntoView {
    let lang = use_lang();
    let valid = badge.signature_valid && badge.issuer_valid && badge.revoked_at.is_none();
    let issued = long_date(&badge.issued_at);
    let page = format!("{}{}", public_origin(), Route::Badge(&badge.id).at(lang));
    let check = |ok: bool, yes: &str, no: &str| {
        view! { <li class=if ok { "check-ok" } else { "check-bad" }>{t(if ok { yes } else { no })}</li> }
    };
    let verdict = if valid {
        let detail = t_args(
            "pathways-verify-valid-detail",
            &[
                ("name", badge.recipient.clone().into()),
                ("date", issued.clone().into()),
            ],
        );
        view! {
            <div class="notice notice-success" role="status">
                <p><strong>{t("pathways-verify-valid")}</strong></p>
                <p>{detail}</p>
            </div>
        }
        .into_any()
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
    let alt = t_args(
        "pathways-badge-image-alt",
        &[
            ("achievement", badge.achievement.clone().into()),
            ("name", badge.recipient.clone().into()),
            ("date", issued.clone().into()),
        ],
    );
    let description = t_args(
        "pathways-badge-share-description",
        &[
            ("name", badge.recipient.clone().into()),
            ("achievement", badge.achievement.clone().into()),
        ],
    );
    let picture = SharedImage {
        url: format!("{}/badges/{}.png", public_origin(), badge.id),
        width: PICTURE_WIDTH,
        height: PICTURE_HEIGHT,
        alt: alt.clone(),
    };
    let competences = (!badge.competences.is_empty()).then(|| {
        view! {
            <h2>{t("pathways-badge-competences")}</h2>
            <ul>{badge.competences.iter().map(|c| view! { <li>{c.label.clone()}</li> }).collect_view()}</ul>
        }
    });
    let show = (badge.mine && valid).then(|| {
        let linkedin = linkedin_url(&badge.achievement, &t("site-name"), &badge.issued_at, &page, &badge.id);
        view! {
            <section aria-labelledby="show-title" class="badge-show">
                <h2 id="show-title">{t("pathways-badge-show-title")}</h2>
                <p>{t("pathways-badge-share")}</p>
                <ul class="actions">
                    <li><a class="button" href=linkedin rel="noopener">{t("pathways-badge-linkedin")}</a></li>
                    <li><a href=format!("/badges/{}.png", badge.id) download=format!("badge-{}.png", badge.id)>{t("pathways-badge-download-png")}</a></li>
                    <li><a href=format!("/badges/{}.svg", badge.id) download=format!("badge-{}.svg", badge.id)>{t("pathways-badge-download-svg")}</a></li>
                </ul>
                <p class="small">{t("pathways-badge-baked")}</p>
                <CopyLink label=t("copy-link") done=t("copy-link-done")/>
            </section>
        }
    });
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
        <ShareMeta title=title.clone() description url=page.clone() image=picture/>
        <h1>{title}</h1>
        {verdict}
        <p class="badge-picture">
            <img src=format!("/badges/{}.svg", badge.id) alt=alt width=PICTURE_WIDTH height=PICTURE_HEIGHT/>
        </p>
        <dl class="facts">
            <dt>{t("pathways-badge-recipient")}</dt><dd>{badge.recipient.clone()}</dd>
            <dt>{t("pathways-badge-achievement")}</dt>
            <dd><a href=Route::Pathway(&badge.pathway_slug).at(lang) lang=lang_attr(badge.lang)>{badge.achievement.clone()}</a></dd>
            <dt>{t("pathways-badge-issued")}</dt><dd>{issued}</dd>
            <dt>{t("pathways-badge-issuer")}</dt><dd>{t("site-name")}</dd>
        </dl>
        {show}
        <h2>{t("pathways-badge-criteria-title")}</h2>
        <p lang=lang_attr(badge.lang)>{badge.criteria.clone()}</p>
        {competences}
        <details class="technical">
            <summary id="verification-title">{t("pathways-verify-technical")}</summary>
            <ul class="checks">
                {check(badge.signature_valid, "pathways-verify-signature-ok", "pathways-verify-signature-bad")}
                {check(badge.issuer_valid, "pathways-verify-issuer-ok", "pathways-verify-issuer-bad")}
                {check(badge.revoked_at.is_none(), "pathways-verify-not-revoked", "pathways-verify-is-revoked")}
            </ul>
            <p class="small">{t("pathways-verify-how")}</p>
            <ul class="links">
                <li><a href=format!("/badges/{}.jwt", badge.id) download="">{t("pathways-badge-download")}</a></li>
                <li><a href=format!("/badges/{}.json", badge.id) type="application/json">{t("pathways-badge-json")}</a></li>
                <li><a href="/badges/issuer.json" type="application/json">{t("pathways-badge-issuer-profile")}</a></li>
            </ul>
        </details>
        {revoke}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn linkedin_gets_the_certification_filled_in() {
        let url = super::linkedin_url(
            "Données & vie privée",
            "Social Tech Academy",
            "2026-03-09",
            "https://example.org/fr/badges/abc",
            "abc",
        );
        assert_eq!(
            url,
            "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Donn%C3%A9es+%26+vie+priv%C3%A9e\
             &organizationName=Social+Tech+Academy&issueYear=2026&issueMonth=3\
             &certUrl=https%3A%2F%2Fexample.org%2Ffr%2Fbadges%2Fabc&certId=abc"
        );
    }
}
