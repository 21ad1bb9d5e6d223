//! Loading a page's data on the server before the HTML is sent (routes use `SsrMode::Async`,
//! so the page is complete without JavaScript).
//!
//! The data is awaited inside `<Suspense>` without a `Resource`: pages render only on the
//! server (islands), so nothing needs to be serialised into the page for the browser. The
//! loading future is shared, so however often Suspense renders its children, the data is
//! loaded once (a list page costs a fixed number of queries).

use crate::error::AppError;
use crate::ui::not_found::ErrorContent;
use futures::FutureExt;
use leptos::prelude::*;
use std::future::Future;

/// Renders `render(data)` once the future made by `load` has finished, or the localised error
/// content (with its HTTP status) when it failed.
pub fn load_page<T, F, V>(
    load: impl FnOnce() -> F,
    render: impl Fn(T) -> V + Send + Sync + Clone + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let data = load().shared();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let render = render.clone();
                let data = data.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(data) => render(data).into_any(),
                        Err(error) => view! { <ErrorContent error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
