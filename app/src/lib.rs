//! The Social Tech Academy app: the HTML shell, the route table, and the features.
//!
//! Built with `ssr` for the server and with `hydrate` for the browser. Pages render on the
//! server only (Leptos islands): the browser hydrates just the `#[island]` components.

#![recursion_limit = "256"]

pub mod accounts;
pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod entities;
pub mod error;
pub mod home;
pub mod i18n;
pub mod interviews;
pub mod islands;
pub mod jobs;
pub mod open_data;
pub mod organisations;
#[cfg(feature = "ssr")]
pub mod state;
pub mod ui;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The cache-busting version of the static assets (changes with every release).
pub const ASSET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The HTML document around every page.
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let lang = i18n::request_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=format!("/assets/site.css?v={ASSET_VERSION}")/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <islands::IslandScripts/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The route table. Every route loads its data before responding (`SsrMode::Async`), so each
/// page is complete without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    use crate::home::page::HomePage;
    use crate::interviews::pages::{detail::InterviewPage, list::InterviewsPage};
    use crate::jobs::pages::{detail::JobPage, list::JobsPage};
    use crate::organisations::pages::{detail::OrganisationPage, list::OrganisationsPage};
    use crate::ui::layout::Layout;
    use crate::ui::not_found::{NotFoundContent, NotFoundPage};

    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <ParentRoute path=path!("/:lang") view=Layout ssr=SsrMode::Async>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("jobs") view=JobsPage ssr=SsrMode::Async/>
                    <Route path=path!("jobs/:slug") view=JobPage ssr=SsrMode::Async/>
                    <Route path=path!("interviews") view=InterviewsPage ssr=SsrMode::Async/>
                    <Route path=path!("interviews/:slug") view=InterviewPage ssr=SsrMode::Async/>
                    <Route path=path!("organisations") view=OrganisationsPage ssr=SsrMode::Async/>
                    <Route path=path!("organisations/:slug") view=OrganisationPage ssr=SsrMode::Async/>
                    <Route path=path!("*any") view=NotFoundContent ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
