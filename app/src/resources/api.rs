//! Server functions of the resource pages.

use super::model::{ResourceDetail, ResourceListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The resource list for `query` (the raw query string of the page).
#[server(prefix = "/_server")]
pub async fn list_resources(lang: Lang, query: String) -> Result<ResourceListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, &crate::state::site_search(), lang, &query).await
}

/// One published resource by slug.
#[server(prefix = "/_server")]
pub async fn get_resource(lang: Lang, slug: String) -> Result<ResourceDetail, AppError> {
    let db = crate::state::db()?;
    super::service::detail(&db, lang, &slug).await
}
