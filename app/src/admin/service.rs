//! Queries and rules of the administration pages.

use super::api::{OutboxRow, UserDetail, UserRow};
use crate::auth::model::shown_role;
use crate::entities::{organisation, organisation_member, outbox, user};
use sea_orm::sea_query::ExprTrait;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// Most users listed at once (a search narrows the list).
const LIST_LIMIT: u64 = 500;

pub async fn users(db: &impl ConnectionTrait, q: &str) -> Result<Vec<UserRow>, DbErr> {
    let q = q.trim().to_lowercase();
    let mut query = user::Entity::find()
        .order_by_desc(user::Column::Id)
        .limit(LIST_LIMIT);
    if !q.is_empty() {
        let pattern = format!("%{}%", q.replace(['%', '_'], ""));
        query = query.filter(
            Condition::any()
                .add(user::Column::Email.like(pattern.clone()))
                .add(
                    sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(
                        sea_orm::sea_query::Expr::col(user::Column::DisplayName),
                    ))
                    .like(pattern),
                ),
        );
    }
    let users = query.all(db).await?;
    let names = organisation_names(db).await?;
    let memberships = memberships(db, users.iter().map(|u| u.id).collect()).await?;
    Ok(users
        .into_iter()
        .map(|u| {
            let orgs: Vec<String> = memberships
                .get(&u.id)
                .map(|ids| ids.iter().filter_map(|id| names.get(id).cloned()).collect())
                .unwrap_or_default();
            row(u, orgs)
        })
        .collect())
}

fn row(u: user::Model, organisations: Vec<String>) -> UserRow {
    let stored = u.role;
    UserRow {
        id: u.id,
        display_name: u.display_name,
        email: u.email,
        role_key: shown_role(stored, !organisations.is_empty()).label_key(),
        organisations,
        verified: u.email_verified_at.is_some(),
        created: u.created_at.date_naive().to_string(),
    }
}

async fn organisation_names(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, DbErr> {
    Ok(organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

async fn memberships(db: &impl ConnectionTrait, user_ids: Vec<i32>) -> Result<HashMap<i32, Vec<i32>>, DbErr> {
    let mut out: HashMap<i32, Vec<i32>> = HashMap::new();
    for m in organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.is_in(user_ids))
        .all(db)
        .await?
    {
        out.entry(m.user_id).or_default().push(m.organisation_id);
    }
    Ok(out)
}

pub async fn user(db: &impl ConnectionTrait, id: i32) -> Result<Option<UserDetail>, DbErr> {
    let Some(u) = user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let names = organisation_names(db).await?;
    let ids = memberships(db, vec![id]).await?.remove(&id).unwrap_or_default();
    let memberships: Vec<(i32, String)> = ids
        .iter()
        .filter_map(|id| names.get(id).map(|n| (*id, n.clone())))
        .collect();
    let mut all_organisations: Vec<(i32, String)> = names.into_iter().collect();
    all_organisations.sort_by_key(|(_, name)| name.to_lowercase());
    let stored_role = u.role.code().to_string();
    Ok(Some(UserDetail {
        user: row(u, memberships.iter().map(|(_, n)| n.clone()).collect()),
        stored_role,
        memberships,
        all_organisations,
    }))
}

pub async fn outbox(db: &impl ConnectionTrait) -> Result<Vec<OutboxRow>, DbErr> {
    Ok(outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .limit(200)
        .all(db)
        .await?
        .into_iter()
        .map(|m| OutboxRow {
            to: m.to_address,
            subject: m.subject,
            body: m.body,
            created: m.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            sent: m.sent_at.map(|s| s.date_naive().to_string()),
            attempts: m.attempts,
            last_error: m.last_error,
            attachment: m.attachment_name,
        })
        .collect())
}
