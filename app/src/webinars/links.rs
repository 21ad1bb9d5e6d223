//! A registration's personal links: the first, made when it was registered, and one more per
//! mail the job runner writes later (only digests are kept, so an earlier link cannot be mailed
//! again; each stays valid). Whoever holds one sees, cancels or adds the webinar to a calendar.

use crate::auth::secret::{digest, random_token};
use crate::entities::{webinar_link, webinar_registration};
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

/// The registration whose personal link holds `token`: its first link, or one mailed later.
pub async fn by_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<webinar_registration::Model, AppError> {
    if token.len() > 64 {
        return Err(AppError::NotFound);
    }
    let hash = digest(token);
    if let Some(reg) = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::TokenHash.eq(hash.clone()))
        .one(db)
        .await?
    {
        return Ok(reg);
    }
    let link = webinar_link::Entity::find_by_id(hash)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    webinar_registration::Entity::find_by_id(link.registration_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// A new personal link for registration `id` (each mail has its own; the earlier ones keep
/// working, since only their digests are kept and none can be mailed again).
pub async fn new_link(db: &impl ConnectionTrait, id: i32) -> Result<String, DbErr> {
    let token = random_token();
    webinar_link::ActiveModel {
        token_hash: Set(digest(&token)),
        registration_id: Set(id),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(token)
}
