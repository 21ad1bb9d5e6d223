//! The live preview of a Markdown field: once hydrated, it renders what is typed as it is
//! typed, with the same renderer as the server (`ui::markdown::render`). Without JavaScript
//! the form's Preview button shows the server's rendering in the same place.

use leptos::prelude::*;

/// The rendered text of the `<textarea id=field>`, starting from `initial` (the server's
/// preview, or nothing); hidden while there is nothing to show.
#[island]
pub fn MarkdownPreview(field: String, heading: String, initial: String) -> impl IntoView {
    let (html, set_html) = signal(initial);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::{closure::Closure, JsCast};
            let Some(area) = document()
                .get_element_by_id(&field)
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            set_html.set(crate::ui::markdown::render(&area.value()));
            let source = area.clone();
            let update = Closure::<dyn FnMut()>::new(move || {
                set_html.set(crate::ui::markdown::render(&source.value()));
            });
            let _ = area.add_event_listener_with_callback("input", update.as_ref().unchecked_ref());
            // The listener lives as long as the page.
            update.forget();
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&field, set_html);
    });
    view! {
        <div class="markdown-preview" hidden=move || html.with(|h| h.trim().is_empty())>
            <p class="markdown-preview-heading">{heading}</p>
            <div inner_html=move || html.get()></div>
        </div>
    }
}
