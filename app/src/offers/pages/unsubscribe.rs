//! `/{lang}/offers/alerts/unsubscribe/{token}`: the page the alert e-mail's link opens. Opening
//! it changes nothing (mail scanners follow links); its one button stops the alert, without
//! signing in (the address's token is the secret).

use crate::i18n::{t, use_lang};
use crate::ui::form::{FormState, PostForm};
use crate::ui::form_page::FormPage;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let form = FormState::current();
    view! {
        <FormPage title=t("offers-unsubscribe-title")>
            <p>{t("offers-unsubscribe-intro")}</p>
            <PostForm form action=Route::Unsubscribe(&token).at(lang) fields=&[] form_errors=true>
                <button type="submit" class="button">{t("offers-unsubscribe-submit")}</button>
            </PostForm>
            <p><a href=Route::Saved.at(lang)>{t("offers-unsubscribe-manage")}</a></p>
        </FormPage>
    }
}
