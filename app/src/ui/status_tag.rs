//! A content item's status as a coloured tag ("Draft", "In review"…), the same on every page.

use crate::content::ContentStatus;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn StatusTag(status: ContentStatus) -> impl IntoView {
    view! { <span class=format!("tag status-{}", status.code())>{t(&status.label_key())}</span> }
}
