//! Loading a page's data on the server before the HTML is sent (routes use `SsrMode::Async`,
//! so the page is complete without JavaScript).

use crate::error::AppError;
use crate::ui::not_found::ErrorContent;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use std::future::Future;

/// Renders `render(data)` once `data` has loaded, or the localised error content (with its
/// HTTP status) when it failed.
pub fn load_page<T, V>(
    data: impl Future<Output = Result<T, AppError>> + Send + 'static,
    render: impl Fn(T) -> V + Send + Sync + Clone + 'static,
) -> impl IntoView
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let resource = OnceResource::new_blocking(data);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(data).into_any(),
                        Err(error) => view! { <ErrorContent error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
