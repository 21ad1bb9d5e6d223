//! schema.org data for other platforms, as a JSON-LD script in the page.

use leptos::prelude::*;

/// Embeds `data` as `<script type="application/ld+json">`. `<` is escaped so the text can never
/// close the script element early.
#[component]
pub fn JsonLd(data: serde_json::Value) -> impl IntoView {
    let json = data.to_string().replace('<', "\\u003c");
    view! { <script type="application/ld+json" inner_html=json></script> }
}
