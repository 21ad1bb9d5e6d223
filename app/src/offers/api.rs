//! Server functions of the offer pages.

use super::model::{OfferDetail, OfferListPage, SavedPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The search page for `query` (the raw query string).
#[server(prefix = "/_server")]
pub async fn search_offers(lang: Lang, query: String) -> Result<OfferListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, &crate::state::offer_search(), lang, &query).await
}

/// One offer by slug.
#[server(prefix = "/_server")]
pub async fn get_offer(lang: Lang, slug: String) -> Result<OfferDetail, AppError> {
    let viewer = crate::web::context::current_viewer();
    let db = crate::state::db()?;
    let mut offer = super::detail::detail(&db, lang, &slug).await?;
    if let Some(viewer) = viewer {
        use crate::entities::{offer as offers, saved_offer};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let id = offers::Entity::find()
            .filter(offers::Column::Slug.eq(slug.as_str()))
            .one(&db)
            .await?
            .map(|o| o.id)
            .unwrap_or(-1);
        offer.saved = Some(
            saved_offer::Entity::find_by_id((viewer.id, id))
                .one(&db)
                .await?
                .is_some(),
        );
    }
    Ok(offer)
}

/// The signed-in person's saved offers and searches.
#[server(prefix = "/_server")]
pub async fn my_saved(lang: Lang) -> Result<SavedPage, AppError> {
    let viewer = crate::web::context::require_user()?;
    let db = crate::state::db()?;
    super::saved_page::load(&db, &crate::state::offer_search(), lang, viewer.id).await
}
