//! `/{lang}/account`: a short overview first, then each part of the account on its own page:
//! continue learning, saved offers and alerts, webinars, profile; and "my data".

use crate::accounts::api::{account_overview, AccountSummary};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::form::{FormErrors, FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn AccountPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("accounts-account-title")/>
        {load_page(move || account_overview(lang), |account| view! { <Account account/> })}
    }
}

/// One part of the account: its page, a line on what is in it, and maybe a direct action.
fn part(
    id: &'static str,
    href: String,
    title: String,
    summary: String,
    action: Option<AnyView>,
) -> impl IntoView {
    view! {
        <li class="card account-part">
            <h2 id=id><a href=href>{title}</a></h2>
            <p>{summary}</p>
            {action}
        </li>
    }
}

#[component]
fn Account(account: AccountSummary) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let profile = account.profile.clone();
    let unverified = (!profile.email_verified).then(|| {
        view! {
            <div class="notice notice-warning">
                <p>{t("accounts-unverified")}</p>
                <PostForm form=form.clone() action=Route::Account.at(lang) fields=&[]>
                    <input type="hidden" name="action" value="resend-verification"/>
                    <button type="submit" class="button button-secondary">{t("accounts-resend-verification")}</button>
                </PostForm>
            </div>
        }
    });
    let memberships = (!profile.organisations.is_empty()).then(|| {
        view! { <p>{t_args("accounts-memberships", &[("names", profile.organisations.join(", ").into())])}</p> }
    });
    // Learning: the pathway worked on last, with a button to its next step.
    let in_progress = account.learning.iter().filter(|p| p.next_step.is_some()).count();
    let finished = account.learning.len() - in_progress;
    let learning_summary = t_args(
        "accounts-part-learning-summary",
        &[
            ("started", (in_progress as i64).into()),
            ("finished", (finished as i64).into()),
        ],
    );
    let next = account.learning.iter().find_map(|p| {
        let n = p.next_step?;
        let href = format!("{}/steps/{n}", Route::Pathway(&p.card.slug).at(lang));
        Some(
            view! {
                <p>
                    <a class="button" href=href>{t("pathways-continue")}</a> " "
                    <span lang=lang_attr(p.card.lang)>{p.card.title.clone()}</span>
                </p>
            }
            .into_any(),
        )
    });
    let saved_summary = t_args(
        "accounts-part-saved-summary",
        &[
            ("offers", (account.saved_offers as i64).into()),
            ("searches", (account.saved_searches as i64).into()),
            ("alerts", (account.alerts as i64).into()),
        ],
    );
    let webinars_summary = t_args(
        "accounts-part-webinars-summary",
        &[
            ("upcoming", (account.webinars.upcoming.len() as i64).into()),
            ("waiting", (account.webinars.waiting.len() as i64).into()),
        ],
    );
    let profile_summary = t_args(
        "accounts-part-profile-summary",
        &[
            ("name", profile.display_name.clone().into()),
            (
                "language",
                t(&crate::i18n::Lang::parse(&profile.lang)
                    .unwrap_or(lang)
                    .endonym_key())
                .into(),
            ),
            ("zone", profile.time_zone.clone().into()),
        ],
    );
    view! {
        <h1>{t("accounts-account-title")}</h1>
        <FormErrors form=form.clone() fields=&[] form_errors=true/>
        <p>{t_args("accounts-account-intro", &[("email", profile.email.clone().into())])}</p>
        <p class="small">
            {t_args("accounts-role", &[("role", t(&profile.role_key).into())])} " · "
            {t_args("accounts-member-since", &[("date", long_date(&profile.member_since).into())])}
        </p>
        {memberships}
        {unverified}
        <ul class="cards account-parts">
            {part("part-learning", Route::AccountLearning.at(lang), t("accounts-part-learning"), learning_summary, next)}
            {part("part-saved", Route::Saved.at(lang), t("offers-saved-title"), saved_summary, None)}
            {part("part-webinars", Route::AccountWebinars.at(lang), t("webinars-mine-title"), webinars_summary, None)}
            {part("part-profile", Route::AccountProfile.at(lang), t("accounts-profile-page-title"), profile_summary, None)}
        </ul>
        <section aria-labelledby="data-title" class="account-section">
            <h2 id="data-title">{t("accounts-data-title")}</h2>
            <p>{t("accounts-data-intro")}</p>
            <ul class="actions">
                <li><a href=Route::MyData.at(lang) download>{t("accounts-data-download")}</a></li>
                <li><a href=Route::DeleteAccount.at(lang)>{t("accounts-delete-link")}</a></li>
            </ul>
        </section>
    }
}
