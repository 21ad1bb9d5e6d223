//! Keeping a picture's variants and pointing its owner at them, in one transaction: the owner's
//! row is changed first, which serialises two uploads of the same owner; the variants of any
//! other version are removed.

use super::make::{variants, Refusal};
use super::{Format, Owner};
use crate::entities::{interview, organisation, picture};
use crate::error::AppError;
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set, TransactionTrait};
use sha2::{Digest, Sha256};

/// Makes the variants of `bytes` and keeps them as `owner`'s picture; returns its version.
pub async fn replace(
    db: &DatabaseConnection,
    owner: Owner,
    owner_id: i32,
    uploaded_by: i32,
    bytes: Vec<u8>,
) -> Result<Result<String, Refusal>, AppError> {
    let version: String = Sha256::digest(&bytes)
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    // Decoding and resizing take a moment of CPU: off the threads that answer requests.
    let made = tokio::task::spawn_blocking(move || variants(&bytes))
        .await
        .map_err(|_| AppError::Internal)?;
    let made = match made {
        Ok(made) => made,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let now = Utc::now();
    let txn = db.begin().await?;
    point(&txn, owner, owner_id, Some(&version), Some(uploaded_by)).await?;
    picture::Entity::delete_many()
        .filter(picture::Column::OwnerKind.eq(owner.code()))
        .filter(picture::Column::OwnerId.eq(owner_id))
        .exec(&txn)
        .await?;
    picture::Entity::insert_many(made.into_iter().map(|v| picture::ActiveModel {
        owner_kind: Set(owner.code().to_string()),
        owner_id: Set(owner_id),
        version: Set(version.clone()),
        size: Set(i32::try_from(v.size).unwrap_or(0)),
        format: Set(v.format.extension().to_string()),
        data: Set(v.bytes),
        uploaded_by: Set(Some(uploaded_by)),
        uploaded_at: Set(now),
        ..Default::default()
    }))
    .exec(&txn)
    .await?;
    txn.commit().await?;
    Ok(Ok(version))
}

/// Removes `owner`'s picture (its monogram, or nothing, shows again).
pub async fn remove(db: &DatabaseConnection, owner: Owner, owner_id: i32) -> Result<(), AppError> {
    let txn = db.begin().await?;
    point(&txn, owner, owner_id, None, None).await?;
    picture::Entity::delete_many()
        .filter(picture::Column::OwnerKind.eq(owner.code()))
        .filter(picture::Column::OwnerId.eq(owner_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets the owner's picture version (and, for a portrait, who noted the consent and when).
async fn point(
    txn: &sea_orm::DatabaseTransaction,
    owner: Owner,
    owner_id: i32,
    version: Option<&str>,
    noted_by: Option<i32>,
) -> Result<(), AppError> {
    let version = version.map(str::to_string);
    let changed = match owner {
        Owner::Organisation => {
            organisation::Entity::update_many()
                .col_expr(organisation::Column::LogoVersion, Expr::value(version))
                .filter(organisation::Column::Id.eq(owner_id))
                .exec(txn)
                .await?
        }
        Owner::Interview => {
            let at = noted_by.map(|_| Utc::now());
            interview::Entity::update_many()
                .col_expr(interview::Column::PortraitVersion, Expr::value(version))
                .col_expr(interview::Column::PortraitConsentBy, Expr::value(noted_by))
                .col_expr(interview::Column::PortraitConsentAt, Expr::value(at))
                .filter(interview::Column::Id.eq(owner_id))
                .exec(txn)
                .await?
        }
    };
    if changed.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The picture of item `kind`/`id` (an organisation's logo, an interview's portrait).
pub async fn current(
    db: &DatabaseConnection,
    kind: crate::content::ContentKind,
    id: i32,
) -> Result<Option<crate::ui::picture::Picture>, AppError> {
    use crate::content::ContentKind;
    Ok(match kind {
        ContentKind::Organisation => organisation::Entity::find_by_id(id)
            .one(db)
            .await?
            .and_then(|org| crate::ui::picture::Logo::of(&org).picture),
        ContentKind::Interview => interview::Entity::find_by_id(id)
            .one(db)
            .await?
            .and_then(|row| crate::ui::picture::Picture::portrait_of(&row)),
        _ => None,
    })
}

/// One variant's bytes.
pub async fn variant(
    db: &DatabaseConnection,
    owner: Owner,
    owner_id: i32,
    version: &str,
    size: u32,
    format: Format,
) -> Result<Option<Vec<u8>>, AppError> {
    Ok(picture::Entity::find()
        .filter(picture::Column::OwnerKind.eq(owner.code()))
        .filter(picture::Column::OwnerId.eq(owner_id))
        .filter(picture::Column::Version.eq(version))
        .filter(picture::Column::Size.eq(i32::try_from(size).unwrap_or(0)))
        .filter(picture::Column::Format.eq(format.extension()))
        .one(db)
        .await?
        .map(|p| p.data))
}
