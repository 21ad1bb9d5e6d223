//! `/{lang}/account/sign-out`: the sign-out button on its own (the header has one too).

use super::FormPage;
use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm};
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn SignOutPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    view! {
        <FormPage title=t("nav-sign-out")>
            <PostForm form action=Route::SignOut.at(lang) fields=&[] form_errors=true>
                <button type="submit" class="button">{t("nav-sign-out")}</button>
            </PostForm>
        </FormPage>
    }
}
