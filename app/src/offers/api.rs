//! Server functions of the offer pages.

use super::model::{OfferDetail, OfferListPage, SavedPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The search page for `query` (the raw query string).
#[server(prefix = "/_server")]
pub async fn search_offers(lang: Lang, query: String) -> Result<OfferListPage, AppError> {
    let db = crate::state::db()?;
    let profile = crate::assessment::profile::of_request(&db).await?;
    super::service::list_for(&db, &crate::state::offer_search(), lang, &query, profile.as_ref()).await
}

/// One offer by slug, with the pathways towards its job profile, and whether the signed-in
/// person saved it.
#[server(prefix = "/_server")]
pub async fn get_offer(lang: Lang, slug: String) -> Result<OfferDetail, AppError> {
    use crate::entities::saved_offer;
    use sea_orm::EntityTrait;
    let viewer = crate::web::context::current_viewer();
    let db = crate::state::db()?;
    let (mut offer, links) = super::detail::detail(&db, lang, &slug).await?;
    if let Some(profile) = links.job_profile_id {
        offer.pathways = crate::pathways::service::towards_profile(&db, lang, profile).await?;
    }
    offer.gaps = crate::assessment::gaps::for_offer(&db, lang, links.id).await?;
    if let Some(viewer) = viewer {
        let saved = saved_offer::Entity::find_by_id((viewer.id, links.id))
            .one(&db)
            .await?;
        offer.saved = Some(saved.is_some());
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
