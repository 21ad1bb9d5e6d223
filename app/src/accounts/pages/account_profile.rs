//! `/{lang}/account/profile`: the name, language and time zone; the password; the e-mail
//! address. Each form posts here and comes back here.

use super::{language_options, time_zone_groups, AccountCrumb};
use crate::accounts::api::{my_profile, AccountProfile};
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormErrors, FormState, PostForm, SelectField, TextField};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn AccountProfilePage() -> impl IntoView {
    view! {
        <PageTitle title=t("accounts-profile-page-title")/>
        <AccountCrumb/>
        <h1>{t("accounts-profile-page-title")}</h1>
        {load_page(my_profile, |account| view! { <ProfileForms account/> })}
    }
}

#[component]
fn ProfileForms(account: AccountProfile) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::AccountProfile.at(lang);
    // Each form's fields are built in its own closure, which needs its own copy of the state.
    let (form_profile, form_password, form_email) = (form.clone(), form.clone(), form.clone());
    view! {
        // Errors about a whole form (an expired form) are shown once, at the top.
        <FormErrors form=form.clone() fields=&[] form_errors=true/>
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
            <p>{crate::i18n::t_args("accounts-account-intro", &[("email", account.email.clone().into())])}</p>
            <PostForm form=form_email.clone() action=action.clone() fields=&["new_email", "email_password"]>
                <input type="hidden" name="action" value="email"/>
                <TextField form=form_email.clone() name="new_email" kind="email" autocomplete="email"
                    label=t("accounts-field-new-email") hint=t("accounts-email-hint") required=true/>
                <TextField form=form_email.clone() name="email_password" kind="password" autocomplete="current-password"
                    label=t("accounts-field-current-password") required=true/>
                <button type="submit" class="button">{t("accounts-email-submit")}</button>
            </PostForm>
        </section>
    }
}
