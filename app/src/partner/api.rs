//! Server functions of the partner space.

use super::model::PartnerHome;
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The partner space for `query` (the raw query string: `org`, `status`, `kind`).
#[server(prefix = "/_server")]
pub async fn partner_overview(lang: Lang, query: String) -> Result<PartnerHome, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    super::service::home(&db, &viewer, lang, &query).await
}
