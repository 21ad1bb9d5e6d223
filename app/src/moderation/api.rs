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

/// Every organisation, unverified first.
#[server(prefix = "/_server")]
pub async fn organisations_to_check() -> Result<Vec<OrganisationCheck>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Moderator)?;
    use crate::entities::organisation;
    use sea_orm::{EntityTrait, QueryOrder};
    let db = crate::state::db()?;
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Verified)
        .order_by_asc(organisation::Column::Name)
        .all(&db)
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
