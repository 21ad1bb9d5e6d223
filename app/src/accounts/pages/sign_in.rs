//! `/{lang}/account/sign-in?next=…`.

use super::FormPage;
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm, TextField};
use crate::web::context::{pending_purpose, requested_next, requested_then};
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn SignInPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let next = requested_next();
    let then = requested_then();
    // Why the visitor is here: what they started ("sign in to save this offer"), or a page
    // that needs an account.
    let reason = pending_purpose().or_else(|| next.as_ref().map(|_| "accounts-sign-in-required".into()));
    let required_notice = reason.map(|key| {
        view! {
            <div class="notice" role="status">
                <p>{t(&key)}</p>
            </div>
        }
    });
    let sign_up = Route::SignUp.with_next_then(lang, next.as_deref(), then.as_deref());
    view! {
        <FormPage title=t("accounts-sign-in-title")>
            {required_notice}
            <p>{t("accounts-sign-in-intro")}</p>
            <PostForm
                form=form.clone()
                action=Route::SignIn.at(lang)
                fields=&["email", "password"]
                form_errors=true
            >
                <input type="hidden" name="next" value=next.unwrap_or_default()/>
                <input type="hidden" name="then" value=then.unwrap_or_default()/>
                <TextField form=form.clone() name="email" kind="email" autocomplete="email"
                    label=t("accounts-field-email") required=true/>
                <TextField form=form.clone() name="password" kind="password" autocomplete="current-password"
                    label=t("accounts-field-password") required=true/>
                <button type="submit" class="button">{t("accounts-sign-in-submit")}</button>
            </PostForm>
            <p>
                <a href=Route::ForgotPassword.at(lang)>{t("accounts-sign-in-forgot")}</a>
            </p>
            <p>
                {t("accounts-sign-in-no-account")} " "
                <a href=sign_up>{t("nav-sign-up")}</a>
            </p>
        </FormPage>
    }
}
