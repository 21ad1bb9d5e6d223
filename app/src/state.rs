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
    /// This app server's offer search index, form choices and recent results, with the text
    /// index every list and the site-wide search share (`offer_search.text`).
    pub offer_search: crate::offers::service::OfferSearch,
    /// `RESOURCE_FILES_DIR`: where resources' files are kept; unset, in the database.
    pub files_dir: Option<std::path::PathBuf>,
    /// Who runs the site (the legal pages, `security.txt`).
    pub operator: std::sync::Arc<crate::legal::model::Operator>,
    /// How long personal data is kept (the housekeeping job, the privacy notice).
    pub retention: crate::legal::model::Retention,
    /// When this server's job runner last polled (readiness, metrics).
    pub jobs: crate::background::Heartbeat,
}

impl AppState {
    /// The absolute URL of a path of this site.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// This app server's offer search index and caches.
pub fn offer_search() -> crate::offers::service::OfferSearch {
    use_context::<AppState>()
        .map(|s| s.offer_search)
        .unwrap_or_default()
}

/// This app server's text index (every list's words and the site-wide search).
pub fn site_search() -> crate::search::held::SiteSearch {
    offer_search().text
}

/// The database of the current request (provided as context by the server).
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<AppState>().map(|state| state.db).ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}
