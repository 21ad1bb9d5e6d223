//! `/{lang}/account/sign-in?next=…`.

use super::FormPage;
use crate::accounts::policy::safe_next;
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm, TextField};
use crate::ui::layout::request_path_and_query;
use leptos::prelude::*;

#[component]
pub fn SignInPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let (_, query) = request_path_and_query();
    let next = form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "next")
        .and_then(|(_, v)| safe_next(&v));
    let required_notice = next.is_some().then(|| {
        view! {
            <div class="notice" role="status">
                <p>{t("accounts-sign-in-required")}</p>
            </div>
        }
    });
    view! {
        <FormPage title=t("accounts-sign-in-title")>
            {required_notice}
            <p>{t("accounts-sign-in-intro")}</p>
            <PostForm
                form=form.clone()
                action=format!("/{}/account/sign-in", lang.code())
                fields=&["email", "password"]
                form_errors=true
            >
                <input type="hidden" name="next" value=next.unwrap_or_default()/>
                <TextField form=form.clone() name="email" kind="email" autocomplete="email"
                    label=t("accounts-field-email") required=true/>
                <TextField form=form.clone() name="password" kind="password" autocomplete="current-password"
                    label=t("accounts-field-password") required=true/>
                <button type="submit" class="button">{t("accounts-sign-in-submit")}</button>
            </PostForm>
            <p>
                <a href=format!("/{}/account/forgot-password", lang.code())>{t("accounts-sign-in-forgot")}</a>
            </p>
            <p>
                {t("accounts-sign-in-no-account")} " "
                <a href=format!("/{}/account/sign-up", lang.code())>{t("nav-sign-up")}</a>
            </p>
        </FormPage>
    }
}
