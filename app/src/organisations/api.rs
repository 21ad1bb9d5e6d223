//! Server functions of the organisation pages.

use super::model::{OrganisationDetail, OrganisationListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The directory for `query` (the raw query string of the page).
#[server(prefix = "/_server")]
pub async fn list_organisations(lang: Lang, query: String) -> Result<OrganisationListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, lang, &query).await
}

/// One organisation by slug.
#[server(prefix = "/_server")]
pub async fn get_organisation(lang: Lang, slug: String) -> Result<OrganisationDetail, AppError> {
    let db = crate::state::db()?;
    super::service::detail(&db, lang, &slug).await
}
