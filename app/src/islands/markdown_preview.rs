//! The live preview of a Markdown field: once hydrated, it shows what is typed, rendered by the
//! server (`POST /{lang}/markdown-preview`, the same renderer and sanitiser as the pages) a
//! moment after the typing stops. Without JavaScript the form's Preview button shows the same
//! rendering in the same place. Rendering on the server keeps the browser bundle small.

use leptos::prelude::*;

/// The rendered text of the `<textarea id=field>`, starting from `initial` (the server's
/// preview, or nothing); hidden while there is nothing to show. `endpoint` renders a text sent
/// with the form's CSRF `token`.
#[island]
pub fn MarkdownPreview(
    field: String,
    heading: String,
    initial: String,
    endpoint: String,
    token: String,
) -> impl IntoView {
    let (html, set_html) = signal(initial);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            use std::cell::RefCell;
            use std::rc::Rc;
            use wasm_bindgen::{closure::Closure, JsCast};
            let Some(area) = document()
                .get_element_by_id(&field)
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let pending: Rc<RefCell<Option<TimeoutHandle>>> = Rc::new(RefCell::new(None));
            let (endpoint, token, source) = (endpoint.clone(), token.clone(), area.clone());
            let update = Closure::<dyn FnMut()>::new(move || {
                if let Some(previous) = pending.borrow_mut().take() {
                    previous.clear();
                }
                let (endpoint, token, text) = (endpoint.clone(), token.clone(), source.value());
                let handle = set_timeout_with_handle(
                    move || {
                        leptos::task::spawn_local(async move {
                            if let Some(rendered) = render(&endpoint, &token, &text).await {
                                set_html.set(rendered);
                            }
                        });
                    },
                    std::time::Duration::from_millis(400),
                );
                *pending.borrow_mut() = handle.ok();
            });
            let _ = area.add_event_listener_with_callback("input", update.as_ref().unchecked_ref());
            // The listener lives as long as the page.
            update.forget();
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&field, &endpoint, &token, set_html);
    });
    view! {
        <div class="markdown-preview" hidden=move || html.with(|h| h.trim().is_empty())>
            <p class="markdown-preview-heading">{heading}</p>
            <div inner_html=move || html.get()></div>
        </div>
    }
}

/// The server's rendering of `text`, or `None` when it could not be had.
#[cfg(feature = "hydrate")]
async fn render(endpoint: &str, token: &str, text: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let body: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("text", text)
        .finish();
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(&body));
    let headers = web_sys::Headers::new().ok()?;
    headers
        .set("content-type", "application/x-www-form-urlencoded")
        .ok()?;
    headers.set("x-csrf-token", token).ok()?;
    init.set_headers(&headers);
    // A refused token answers with a redirect: never follow it into the preview.
    init.set_redirect(web_sys::RequestRedirect::Manual);
    let request = web_sys::Request::new_with_str_and_init(endpoint, &init).ok()?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_request(&request))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
