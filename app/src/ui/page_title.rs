//! The document title: the page's own title, then the site name.

use crate::i18n::{t, t_args};
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets `<title>` to "`title` · Social Tech Academy" (the site name localised).
#[component]
pub fn PageTitle(#[prop(into)] title: String) -> impl IntoView {
    let text = t_args(
        "page-title",
        &[("title", title.into()), ("site", t("site-name").into())],
    );
    view! { <Title text/> }
}
