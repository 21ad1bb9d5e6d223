//! What webinars keep about a person: their registrations, made with their account or with
//! their address before they had one. "My data" lists them; deleting the account deletes them.

use crate::entities::{user, webinar, webinar_registration};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::{ColumnTrait, Condition, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};

pub const DATA: PersonalData = PersonalData {
    notice: "webinars",
    kept: &[Period::Account, Period::Unconfirmed],
    exports: &[("webinar_registrations", "user_id")],
    erases: &[("webinar_registrations", "user_id")],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

/// The person's registrations: by account, or by the address of the account once they proved
/// it is theirs (an unconfirmed address may be someone else's).
fn theirs(user: &user::Model) -> Condition {
    let by_account = Condition::any().add(webinar_registration::Column::UserId.eq(user.id));
    if user.email_verified_at.is_some() {
        by_account.add(webinar_registration::Column::Email.eq(user.email.to_lowercase()))
    } else {
        by_account
    }
}

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let registrations = webinar_registration::Entity::find()
        .filter(theirs(user))
        .all(db)
        .await?;
    let webinars = webinar::Entity::find()
        .filter(webinar::Column::Id.is_in(registrations.iter().map(|r| r.webinar_id)))
        .all(db)
        .await?;
    Ok(json!({
        "webinar_registrations": registrations.iter().map(|r| json!({
            "webinar": webinars.iter().find(|w| w.id == r.webinar_id).map(|w| w.slug.clone()),
            "email": r.email,
            "status": r.status.code(),
            "registered_at": r.created_at,
            "confirmed_at": r.confirmed_at,
            "cancelled_at": r.cancelled_at,
        })).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    webinar_registration::Entity::delete_many()
        .filter(theirs(user))
        .exec(txn)
        .await?;
    Ok(())
}
