//! `/{lang}/account`: profile, password, e-mail address and "my data".

use super::{language_options, time_zone_groups};
use crate::accounts::api::{account_overview, AccountSummary};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::dates::long_date;
use crate::ui::form::{FormErrors, FormState, PostForm, SelectField, TextField};
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

#[component]
fn Account(account: AccountSummary) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::Account.at(lang);
    // Each form's fields are built in its own closure, which needs its own copy of the state.
    let (form_profile, form_password, form_email) = (form.clone(), form.clone(), form.clone());
    let unverified = (!account.email_verified).then(|| {
        view! {
            <div class="notice notice-warning">
                <p>{t("accounts-unverified")}</p>
                <PostForm form=form.clone() action=action.clone() fields=&[]>
                    <input type="hidden" name="action" value="resend-verification"/>
                    <button type="submit" class="button button-secondary">{t("accounts-resend-verification")}</button>
                </PostForm>
            </div>
        }
    });
    let memberships = (!account.organisations.is_empty()).then(|| {
        view! { <p>{t_args("accounts-memberships", &[("names", account.organisations.join(", ").into())])}</p> }
    });
    view! {
        <h1>{t("accounts-account-title")}</h1>
        // Errors about a whole form (an expired form) are shown once, at the top.
        <FormErrors form=form.clone() fields=&[] form_errors=true/>
        <p>{t_args("accounts-account-intro", &[("email", account.email.clone().into())])}</p>
        <p>
            {t_args("accounts-role", &[("role", t(&account.role_key).into())])} " · "
            {t_args("accounts-member-since", &[("date", long_date(&account.member_since).into())])}
        </p>
        {memberships}
        {unverified}
        <crate::pathways::pages::my_progress::MyProgress/>
        <crate::webinars::pages::mine::MyWebinarsSection mine=account.webinars.clone()/>
        <section aria-labelledby="profile-title" class="account-section">
            <h2 id="profile-title">{t("accounts-profile-title")}</h2>
            <PostForm form=form_profile.clone() action=action.clone() fields=&["display_name", "language", "time_zone"]>
                <input type="hidden" name="action" value="profile"/>
                <TextField form=form_profile.clone() name="display_name" autocomplete="nickname"
                    label=t("accounts-field-display-name") hint=t("accounts-field-display-name-hint")
                    required=true default=account.display_name.clone()/>
                <SelectField form=form_profile.clone() name="language" label=t("accounts-field-language")
                    hint=t("accounts-field-language-hint") options=language_options() default=account.lang.clone()/>
                <SelectField form=form_profile.clone() name="time_zone" label=t("accounts-field-time-zone")
                    hint=t("accounts-field-time-zone-hint") options=Vec::new() groups=time_zone_groups(lang) default=account.time_zone.clone()/>
                <button type="submit" class="button">{t("accounts-profile-submit")}</button>
            </PostForm>
        </section>
        <section aria-labelledby="password-title" class="account-section">
            <h2 id="password-title">{t("accounts-password-title")}</h2>
            <PostForm form=form_password.clone() action=action.clone()
                fields=&["current_password", "new_password", "new_password_confirm"]>
                <input type="hidden" name="action" value="password"/>
                <TextField form=form_password.clone() name="current_password" kind="password" autocomplete="current-password"
                    label=t("accounts-field-current-password") required=true/>
                <TextField form=form_password.clone() name="new_password" kind="password" autocomplete="new-password"
                    label=t("accounts-field-new-password") hint=t("form-hint-password") required=true/>
                <TextField form=form_password.clone() name="new_password_confirm" kind="password" autocomplete="new-password"
                    label=t("accounts-field-new-password-confirm") required=true/>
                <button type="submit" class="button">{t("accounts-password-submit")}</button>
            </PostForm>
        </section>
        <section aria-labelledby="email-title" class="account-section">
            <h2 id="email-title">{t("accounts-email-title")}</h2>
            <PostForm form=form_email.clone() action=action.clone() fields=&["new_email", "email_password"]>
                <input type="hidden" name="action" value="email"/>
                <TextField form=form_email.clone() name="new_email" kind="email" autocomplete="email"
                    label=t("accounts-field-new-email") hint=t("accounts-email-hint") required=true/>
                <TextField form=form_email.clone() name="email_password" kind="password" autocomplete="current-password"
                    label=t("accounts-field-current-password") required=true/>
                <button type="submit" class="button">{t("accounts-email-submit")}</button>
            </PostForm>
        </section>
        <section aria-labelledby="data-title" class="account-section">
            <h2 id="data-title">{t("accounts-data-title")}</h2>
            <p>{t("accounts-data-intro")}</p>
            <ul class="actions">
                <li><a href=Route::Saved.at(lang)>{t("offers-saved-title")}</a></li>
                <li><a href=Route::MyData.at(lang) download>{t("accounts-data-download")}</a></li>
                <li><a href=Route::DeleteAccount.at(lang)>{t("accounts-delete-link")}</a></li>
            </ul>
        </section>
    }
}
