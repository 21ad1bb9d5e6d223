//! The pages of one-time links: `/{lang}/account/reset/{token}` and
//! `/{lang}/account/verify/{token}`. Opening the link only shows a form; the button uses it
//! (mail scanners that open links cannot spend them).

use super::FormPage;
use crate::accounts::api::{check_link, LinkStatus};
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, PostForm, TextField};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn token() -> String {
    use_params_map().with_untracked(|p| p.get("token").unwrap_or_default())
}

/// Why the link cannot be used, and the way to a new one.
#[component]
fn Unusable(key: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="notice notice-error" role="alert">
            <p>{t(&key)}</p>
        </div>
        <p>
            <a href=Route::ForgotPassword.at(lang)>{t("accounts-reset-ask-again")}</a>
        </p>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let token = token();
    let action = Route::ResetPassword(&token).at(lang);
    let body = load_page(
        move || check_link("reset-password".into(), token),
        move |status| match status {
            LinkStatus::Valid { .. } => {
                let form = FormState::current();
                view! {
                    <PostForm form=form.clone() action=action.clone()
                        fields=&["new_password", "new_password_confirm"] form_errors=true>
                        <TextField form=form.clone() name="new_password" kind="password" autocomplete="new-password"
                            label=t("accounts-field-new-password") hint=t("form-hint-password") required=true/>
                        <TextField form=form.clone() name="new_password_confirm" kind="password"
                            autocomplete="new-password" label=t("accounts-field-new-password-confirm") required=true/>
                        <button type="submit" class="button">{t("accounts-reset-submit")}</button>
                    </PostForm>
                }
                .into_any()
            }
            LinkStatus::Unusable { key } => view! { <Unusable key/> }.into_any(),
        },
    );
    view! { <FormPage title=t("accounts-reset-title")>{body}</FormPage> }
}

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let lang = use_lang();
    let token = token();
    let action = Route::VerifyEmail(&token).at(lang);
    let body = load_page(
        move || check_link("verify-email".into(), token),
        move |status| match status {
            LinkStatus::Valid { email } => {
                let form = FormState::current();
                view! {
                    <p>{t_args("accounts-verify-intro", &[("email", email.into())])}</p>
                    <PostForm form action=action.clone() fields=&[] form_errors=true>
                        <input type="hidden" name="next" value=crate::web::context::requested_next().unwrap_or_default()/>
                        <button type="submit" class="button">{t("accounts-verify-submit")}</button>
                    </PostForm>
                }
                .into_any()
            }
            LinkStatus::Unusable { key } => view! { <Unusable key/> }.into_any(),
        },
    );
    view! { <FormPage title=t("accounts-verify-title")>{body}</FormPage> }
}
