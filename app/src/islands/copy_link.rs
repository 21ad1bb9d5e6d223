//! A "copy the link to this page" button. Rendered hidden; shown only once hydrated, so a
//! browser without JavaScript never sees a button that does nothing.

use leptos::prelude::*;

/// Copies the page address to the clipboard and says so in a live region.
#[island]
pub fn CopyLink(label: String, done: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (copied, set_copied) = signal(false);
    // The clipboard API exists only in secure contexts (HTTPS or localhost): elsewhere the
    // button stays hidden rather than failing.
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        set_ready.set(window().is_secure_context());
        #[cfg(not(feature = "hydrate"))]
        set_ready.set(false);
    });
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let window = window();
            if let Ok(href) = window.location().href() {
                let _promise = window.navigator().clipboard().write_text(&href);
                set_copied.set(true);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = set_copied;
    };
    view! {
        <p class="copy-link" hidden=move || !ready.get()>
            <button type="button" on:click=copy>{label}</button>
            " "
            <span role="status">{move || copied.get().then(|| done.clone())}</span>
        </p>
    }
}
