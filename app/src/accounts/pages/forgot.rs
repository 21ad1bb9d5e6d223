//! `/{lang}/account/forgot-password`.

use super::FormPage;
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm, TextField};
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    view! {
        <FormPage title=t("accounts-forgot-title")>
            <p>{t("accounts-forgot-intro")}</p>
            <PostForm
                form=form.clone()
                action=Route::ForgotPassword.at(lang)
                fields=&["email"]
                form_errors=true
            >
                <TextField form=form.clone() name="email" kind="email" autocomplete="email"
                    label=t("accounts-field-email") required=true/>
                <button type="submit" class="button">{t("accounts-forgot-submit")}</button>
            </PostForm>
        </FormPage>
    }
}
