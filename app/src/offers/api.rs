//! Server functions of the offer pages.

use super::model::{OfferDetail, OfferListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The search page for `query` (the raw query string).
#[server]
pub async fn search_offers(lang: Lang, query: String) -> Result<OfferListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, lang, &query).await
}

/// One offer by slug.
#[server]
pub async fn get_offer(lang: Lang, slug: String) -> Result<OfferDetail, AppError> {
    let db = crate::state::db()?;
    super::detail::detail(&db, lang, &slug).await
}
