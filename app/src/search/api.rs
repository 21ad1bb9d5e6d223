//! The site-wide search page's server function.

use super::model::SearchPage;
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// `/{lang}/search` for the raw query string `query`.
#[server(prefix = "/_server")]
pub async fn site_search(lang: Lang, query: String) -> Result<SearchPage, AppError> {
    let db = crate::state::db()?;
    super::page::page(&db, &crate::state::site_search(), lang, &query).await
}
