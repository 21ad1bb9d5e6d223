//! The localised "page not found" page, answered with status 404.

use crate::error::AppError;
use crate::i18n::{t, use_lang};
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

/// Sets the HTTP status of the page being rendered on the server.
pub fn set_status(status: http::StatusCode) {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// Used inside the layout: the page frame stays, the content says what went wrong.
#[component]
pub fn ErrorContent(error: AppError) -> impl IntoView {
    set_status(error.status());
    let lang = use_lang();
    let title = t(&format!("error-{}", error.code()));
    // A failure on our side shows the request's id, so a person can quote it to us.
    #[cfg(feature = "ssr")]
    let reference = (error == AppError::Internal)
        .then(use_context::<http::request::Parts>)
        .flatten()
        .and_then(|parts| parts.extensions.get::<crate::web::trace::RequestId>().cloned())
        .map(|id| id.0);
    #[cfg(not(feature = "ssr"))]
    let reference: Option<String> = None;
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <p>{t(&format!("error-{}-help", error.code()))}</p>
        {reference.map(|id| view! {
            <p class="error-reference">
                {t("error-reference")} " " <code>{id}</code>
            </p>
        })}
        <p>
            <a href=Route::Home.at(lang)>{t("error-back-home")}</a>
        </p>
    }
}

/// Outside any valid language prefix (unknown language, unknown top-level path).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(http::StatusCode::NOT_FOUND);
    provide_context(crate::i18n::request_lang());
    view! {
        <a class="skip-link" href="#main">{t("nav-skip")}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href=Route::Home.at(use_lang())>{t("site-name")}</a>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            <ErrorContent error=AppError::NotFound/>
        </main>
    }
}

/// An unknown page under a valid language prefix: the frame stays, the content is the 404.
#[component]
pub fn NotFoundContent() -> impl IntoView {
    view! { <ErrorContent error=AppError::NotFound/> }
}

/// The 403 page (the authorization layer sends a person without the role here).
#[component]
pub fn ForbiddenContent() -> impl IntoView {
    view! { <ErrorContent error=AppError::Forbidden/> }
}

/// `/{lang}/error`: the page of the error the server's error layer attached to the request
/// (any other visit of this address is a 404).
#[component]
pub fn ErrorRoute() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let error = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<AppError>().cloned())
        .unwrap_or(AppError::NotFound);
    #[cfg(not(feature = "ssr"))]
    let error = AppError::NotFound;
    view! { <ErrorContent error=error/> }
}
