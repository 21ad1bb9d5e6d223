//! The administration pages.

pub mod outbox;
pub mod user;
pub mod users;

use crate::i18n::{t, use_lang};
use leptos::prelude::*;

/// The links between the administration pages.
#[component]
pub fn AdminNav() -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav class="sub-nav" aria-label=t("admin-nav-label")>
            <ul>
                <li><a href=format!("/{}/admin/users", lang.code())>{t("admin-nav-users")}</a></li>
                <li><a href=format!("/{}/admin/outbox", lang.code())>{t("admin-nav-outbox")}</a></li>
                <li><a href=format!("/{}/admin/badges", lang.code())>{t("pathways-admin-title")}</a></li>
            </ul>
        </nav>
    }
}
