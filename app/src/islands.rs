//! The only parts of the app that run in the browser. Each island gets its strings as props
//! (translated on the server) and works as an enhancement: the page is complete without it.

pub mod copy_link;
pub mod markdown_preview;

use leptos::prelude::*;

/// The script that hydrates the islands of the page once the browser is idle. It is a module
/// script (never blocking the page) and does nothing on a page without islands.
#[component]
pub fn IslandScripts() -> impl IntoView {
    let code = format!(
        "{}(\"\", \"pkg\", \"app\", \"app_bg\", false);",
        include_str!("islands/island_script.js")
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce() inner_html=code></script> }
}
