//! The audit log: who did what to which content item, and when. Written by the write path in
//! the transaction of the change, so a change and its record exist together or not at all.

use super::kind::{ContentKind, Owner};
use crate::auth::permissions::Action;
use crate::entities::{audit_log, revision, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use chrono::Utc;
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::{json, Value};

/// One entry of the audit log.
pub struct Entry<'a> {
    pub actor: Option<i32>,
    pub action: Action,
    pub kind: ContentKind,
    pub id: i32,
    pub owner: Owner,
    /// A moderator's comment.
    pub detail: Option<String>,
    /// The fields and languages changed (`title:fr`).
    pub changes: &'a [String],
}

/// Records `entry`.
pub async fn record(db: &impl ConnectionTrait, entry: Entry<'_>) -> Result<(), DbErr> {
    let Entry {
        actor,
        action,
        kind,
        id,
        owner,
        detail,
        changes,
    } = entry;
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        actor_id: Set(actor),
        action: Set(action.code().into()),
        item_kind: Set(kind.code().into()),
        item_id: Set(id),
        organisation_id: Set(owner.organisation_id()),
        detail: Set(detail),
        changes: Set((!changes.is_empty()).then(|| json!(changes).to_string())),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The history of one item, oldest first.
pub async fn history(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: i32,
) -> Result<Vec<audit_log::Model>, DbErr> {
    audit_log::Entity::find()
        .filter(audit_log::Column::ItemKind.eq(kind.code()))
        .filter(audit_log::Column::ItemId.eq(id))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await
}

/// What the content core keeps about a person: their entries in the audit log and the
/// revisions they wrote or reviewed. The records stay (they belong to the organisations'
/// history) without the person's id once the account is deleted.
pub const DATA: PersonalData = PersonalData {
    notice: "audit",
    kept: &[Period::Audit],
    exports: &[
        ("audit_log", "actor_id"),
        ("revisions", "author_id"),
        ("revisions", "reviewer_id"),
    ],
    erases: &[
        ("audit_log", "actor_id"),
        ("revisions", "author_id"),
        ("revisions", "reviewer_id"),
    ],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let actions = audit_log::Entity::find()
        .filter(audit_log::Column::ActorId.eq(user.id))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?;
    let revisions = revision::Entity::find()
        .filter(revision::Column::AuthorId.eq(user.id))
        .order_by_asc(revision::Column::Id)
        .all(db)
        .await?;
    Ok(json!({
        "content_actions": actions.iter().map(|a| json!({
            "at": a.at, "action": a.action, "item_kind": a.item_kind, "item_id": a.item_id,
        })).collect::<Vec<_>>(),
        "content_revisions": revisions.iter().map(|r| json!({
            "item_kind": r.item_kind, "item_id": r.item_id, "status": r.status,
            "created_at": r.created_at,
        })).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    audit_log::Entity::update_many()
        .col_expr(audit_log::Column::ActorId, Expr::value(Option::<i32>::None))
        .filter(audit_log::Column::ActorId.eq(user.id))
        .exec(txn)
        .await?;
    for column in [revision::Column::AuthorId, revision::Column::ReviewerId] {
        revision::Entity::update_many()
            .col_expr(column, Expr::value(Option::<i32>::None))
            .filter(column.eq(user.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}
