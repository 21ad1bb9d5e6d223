//! The links between the administration pages (users, e-mail, background jobs, badges).

use crate::i18n::{t, use_lang};
use crate::web::urls::Route;
use leptos::prelude::*;

/// The links between the administration pages.
#[component]
pub fn AdminNav() -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav class="sub-nav" aria-label=t("admin-nav-label")>
            <ul>
                <li><a href=Route::AdminUsers.at(lang)>{t("admin-nav-users")}</a></li>
                <li><a href=Route::AdminOrganisations.at(lang)>{t("admin-nav-organisations")}</a></li>
                <li><a href=Route::AdminOutbox.at(lang)>{t("admin-nav-outbox")}</a></li>
                <li><a href=Route::AdminJobs.at(lang)>{t("admin-nav-jobs")}</a></li>
                <li><a href=Route::AdminBadges.at(lang)>{t("pathways-admin-title")}</a></li>
            </ul>
        </nav>
    }
}
