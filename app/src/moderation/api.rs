//! Server functions of the moderation page.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An organisation as the moderation page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationCheck {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub verified: bool,
}

/// The moderation page: what waits for review (for `query`: `organisation`, `kind`, `lang`) and
/// every organisation, unverified first. One call, so the page holds one database connection
/// at a time (SQLite's pool has one).
#[server(prefix = "/_server")]
pub async fn moderation_overview(
    lang: crate::i18n::Lang,
    query: String,
) -> Result<(super::model::ReviewQueue, Vec<OrganisationCheck>), AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Moderator)?;
    let db = crate::state::db()?;
    let queue = super::queue::queue(&db, lang, &query).await?;
    Ok((queue, organisations(&db).await?))
}

/// Every organisation, unverified first.
#[cfg(feature = "ssr")]
async fn organisations(db: &sea_orm::DatabaseConnection) -> Result<Vec<OrganisationCheck>, AppError> {
    use crate::entities::organisation;
    use sea_orm::{EntityTrait, QueryOrder};
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Verified)
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|o| OrganisationCheck {
            id: o.id,
            slug: o.slug,
            name: o.name,
            country: o.country,
            verified: o.verified,
        })
        .collect())
}

/// One item to review: `kind` is its address segment (`offers`).
#[server(prefix = "/_server")]
pub async fn review_item(
    lang: crate::i18n::Lang,
    kind: String,
    id: String,
) -> Result<super::model::ItemReview, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Moderator)?;
    let db = crate::state::db()?;
    let kind = crate::content::ContentKind::from_segment(&kind).ok_or(AppError::NotFound)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    super::review::item_review(&db, &viewer, kind, id, lang).await
}
