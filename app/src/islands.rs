//! The only parts of the app that run in the browser. Each island gets its strings as props
//! (translated on the server) and works as an enhancement: the page is complete without it.

pub mod copy_link;

use leptos::prelude::*;

/// The script that hydrates the islands of the page once the browser is idle. It is a module
/// script (never blocking the page) and does nothing on a page without islands.
#[component]
pub fn IslandScripts() -> impl IntoView {
    let code = format!(
        "{}(\"\", \"pkg\", \"app\", \"app_bg\", false);",
        include_str!("islands/island_script.js")
    );
    view! { <script type="module" nonce=script_nonce() inner_html=code></script> }
}

/// The per-response nonce that the Content-Security-Policy allows scripts with (set by the
/// server's security middleware on every request).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct ScriptNonce(pub String);

/// The nonce of the response being rendered.
fn script_nonce() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()?
            .extensions
            .get::<ScriptNonce>()
            .map(|n| n.0.clone())
    }
    #[cfg(not(feature = "ssr"))]
    None
}
