//! Server state shared by every request, and the small helpers that read it from context.

use crate::error::AppError;
use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

/// What every request handler and server function can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    /// The public origin of the site (`PUBLIC_URL`), for absolute links such as `hreflang`.
    pub public_url: String,
    pub leptos_options: LeptosOptions,
    /// `TRUST_FORWARDED_FOR`: take the client's address from `X-Forwarded-For` (behind a
    /// proxy that sets it); otherwise the socket's peer address.
    pub trust_forwarded_for: bool,
    /// The offer search form's choices, kept for a minute by this app server.
    pub offer_facets: crate::offers::facets::FacetCache,
    /// Offer search results, kept 30 seconds by this app server.
    pub offer_results: crate::offers::facets::ResultCache,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// This app server's cache of the offer search form's choices.
pub fn offer_facets() -> crate::offers::facets::FacetCache {
    use_context::<AppState>()
        .map(|s| s.offer_facets)
        .unwrap_or_default()
}

/// This app server's cache of offer search results.
pub fn offer_results() -> crate::offers::facets::ResultCache {
    use_context::<AppState>()
        .map(|s| s.offer_results)
        .unwrap_or_default()
}

/// The database of the current request (provided as context by the server).
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<AppState>().map(|state| state.db).ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}
