//! `/{lang}/account/delete`: erasing the account, confirmed with the password.

use super::FormPage;
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm, TextField};
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    view! {
        <FormPage title=t("accounts-delete-title")>
            <p>{t("accounts-delete-intro")}</p>
            <PostForm form=form.clone() action=Route::DeleteAccount.at(lang)
                fields=&["password"] form_errors=true>
                <TextField form=form.clone() name="password" kind="password" autocomplete="current-password"
                    label=t("accounts-field-password") required=true/>
                <button type="submit" class="button button-danger">{t("accounts-delete-submit")}</button>
            </PostForm>
            <p><a href=Route::Account.at(lang)>{t("accounts-delete-cancel")}</a></p>
        </FormPage>
    }
}
