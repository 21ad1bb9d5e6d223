//! Revisions: a change to a published item is kept aside, in review, while the published
//! text stays live; approving it applies it (through the item's feature) and publishes it.
//! An item has at most one revision in review: proposing again replaces it.

use super::kind::ContentKind;
use super::status::ContentStatus;
use crate::entities::revision;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::Value;

/// Keeps `data` (the whole proposed item: fields and translations) as the revision in review
/// of item `kind`/`id`; returns its id.
pub async fn propose(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: i32,
    author: Option<i32>,
    data: &Value,
) -> Result<i32, DbErr> {
    let now = Utc::now();
    if let Some(existing) = pending(db, kind, id).await? {
        let mut active: revision::ActiveModel = existing.into();
        active.data = Set(data.to_string());
        active.author_id = Set(author);
        active.updated_at = Set(now);
        return Ok(active.update(db).await?.id);
    }
    let created = revision::ActiveModel {
        item_kind: Set(kind.code().into()),
        item_id: Set(id),
        data: Set(data.to_string()),
        status: Set(ContentStatus::InReview),
        author_id: Set(author),
        reviewer_id: Set(None),
        review_comment: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(created.id)
}

/// The revision of item `kind`/`id` waiting for review, if any.
pub async fn pending(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: i32,
) -> Result<Option<revision::Model>, DbErr> {
    revision::Entity::find()
        .filter(revision::Column::ItemKind.eq(kind.code()))
        .filter(revision::Column::ItemId.eq(id))
        .filter(revision::Column::Status.eq(ContentStatus::InReview))
        .order_by_desc(revision::Column::Id)
        .one(db)
        .await
}

/// Closes revision `id` as published or rejected by `reviewer`; returns its data (to apply, when
/// approved). `None` when it was not in review (decided already: two moderators cannot both).
pub async fn decide(
    db: &impl ConnectionTrait,
    id: i32,
    reviewer: Option<i32>,
    approve: bool,
    comment: Option<String>,
) -> Result<Option<Value>, DbErr> {
    use sea_orm::sea_query::Expr;
    let status = if approve {
        ContentStatus::Published
    } else {
        ContentStatus::Rejected
    };
    // A conditional update: only one decision wins.
    let decided = revision::Entity::update_many()
        .col_expr(revision::Column::Status, Expr::value(status))
        .col_expr(revision::Column::ReviewerId, Expr::value(reviewer))
        .col_expr(revision::Column::ReviewComment, Expr::value(comment))
        .col_expr(revision::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(revision::Column::Id.eq(id))
        .filter(revision::Column::Status.eq(ContentStatus::InReview))
        .exec(db)
        .await?;
    if decided.rows_affected != 1 {
        return Ok(None);
    }
    let Some(row) = revision::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    serde_json::from_str(&row.data)
        .map(Some)
        .map_err(|e| DbErr::Custom(format!("revision {id}: {e}")))
}
