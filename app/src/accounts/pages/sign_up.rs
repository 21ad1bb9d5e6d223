//! `/{lang}/account/sign-up`.

use super::{default_time_zone, language_options, time_zone_groups, FormPage};
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm, SelectField, TextField};
use crate::web::context::{pending_purpose, requested_next, requested_then};
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let next = requested_next();
    let then = requested_then();
    let purpose = pending_purpose().map(|key| {
        view! {
            <div class="notice" role="status">
                <p>{t(&key)}</p>
            </div>
        }
    });
    let sign_in = Route::SignIn.with_next_then(lang, next.as_deref(), then.as_deref());
    view! {
        <FormPage title=t("accounts-sign-up-title")>
            {purpose}
            <p>{t("accounts-sign-up-intro")}</p>
            <PostForm
                form=form.clone()
                action=Route::SignUp.at(lang)
                fields=&["email", "display_name", "password", "password_confirm", "language", "time_zone"]
                form_errors=true
            >
                <input type="hidden" name="next" value=next.clone().unwrap_or_default()/>
                <input type="hidden" name="then" value=then.clone().unwrap_or_default()/>
                <TextField form=form.clone() name="email" kind="email" autocomplete="email"
                    label=t("accounts-field-email") required=true/>
                <TextField form=form.clone() name="display_name" autocomplete="nickname"
                    label=t("accounts-field-display-name") hint=t("accounts-field-display-name-hint") required=true/>
                <TextField form=form.clone() name="password" kind="password" autocomplete="new-password"
                    label=t("accounts-field-password") hint=t("form-hint-password") required=true/>
                <TextField form=form.clone() name="password_confirm" kind="password" autocomplete="new-password"
                    label=t("accounts-field-password-confirm") required=true/>
                <SelectField form=form.clone() name="language" label=t("accounts-field-language")
                    hint=t("accounts-field-language-hint") options=language_options() default=lang.code()/>
                <SelectField form=form.clone() name="time_zone" label=t("accounts-field-time-zone")
                    hint=t("accounts-field-time-zone-hint") options=Vec::new() groups=time_zone_groups(lang) default=default_time_zone(lang)/>
                <button type="submit" class="button">{t("accounts-sign-up-submit")}</button>
            </PostForm>
            <p>
                {t("accounts-sign-up-have-account")} " "
                <a href=sign_in>{t("nav-sign-in")}</a>
            </p>
        </FormPage>
    }
}
