//! The offers' part of "my data" and of its erasure: saved offers and saved searches.

use crate::entities::{offer, saved_offer, saved_search, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};

/// What the offers feature keeps about a person.
pub const DATA: PersonalData = PersonalData {
    notice: "offers",
    kept: &[Period::Account, Period::Content],
    exports: &[
        ("saved_offers", "user_id"),
        ("saved_searches", "user_id"),
        ("offers", "created_by"),
    ],
    // The offers they wrote stay (they belong to the organisation), without their id.
    erases: &[
        ("saved_offers", "user_id"),
        ("saved_searches", "user_id"),
        ("offers", "created_by"),
    ],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let saved = saved_offer::Entity::find()
        .filter(saved_offer::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let slugs: Vec<String> = offer::Entity::find()
        .filter(offer::Column::Id.is_in(saved.iter().map(|s| s.offer_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.slug)
        .collect();
    let searches = saved_search::Entity::find()
        .filter(saved_search::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let written: Vec<String> = offer::Entity::find()
        .filter(offer::Column::CreatedBy.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.slug)
        .collect();
    Ok(json!({
        "offers_written": written,
        "saved_offers": slugs,
        "saved_searches": searches.iter().map(|s| json!({
            "query": s.query, "language": s.lang, "email_alert": s.alert,
            "created_at": s.created_at, "last_sent_at": s.last_sent_at,
        })).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    saved_offer::Entity::delete_many()
        .filter(saved_offer::Column::UserId.eq(user.id))
        .exec(txn)
        .await?;
    saved_search::Entity::delete_many()
        .filter(saved_search::Column::UserId.eq(user.id))
        .exec(txn)
        .await?;
    offer::Entity::update_many()
        .col_expr(offer::Column::CreatedBy, Expr::value(Option::<i32>::None))
        .filter(offer::Column::CreatedBy.eq(user.id))
        .exec(txn)
        .await?;
    Ok(())
}
