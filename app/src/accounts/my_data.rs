//! The account's part of "my data" and of its erasure: the account itself, memberships,
//! one-time links, the e-mail written to the person, and failed sign-ins with their address.

use crate::entities::{one_time_token, organisation, organisation_member, outbox, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use crate::web::rate_limit::{self, Bucket};
use futures::FutureExt;
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};

/// What accounts keep about a person.
pub const DATA: PersonalData = PersonalData {
    notice: "accounts",
    kept: &[
        Period::Account,
        Period::Unconfirmed,
        Period::SentMail,
        Period::Session,
    ],
    exports: &[
        ("users", "id"),
        ("organisation_members", "user_id"),
        ("one_time_tokens", "user_id"),
        ("outbox", "user_id"),
    ],
    erases: &[
        ("organisation_members", "user_id"),
        ("one_time_tokens", "user_id"),
        ("outbox", "user_id"),
    ],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn export(db: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let memberships = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let organisation_ids: Vec<i32> = memberships.iter().map(|m| m.organisation_id).collect();
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisation_ids))
        .all(db)
        .await?;
    let links = one_time_token::Entity::find()
        .filter(one_time_token::Column::UserId.eq(user.id))
        .order_by_asc(one_time_token::Column::CreatedAt)
        .all(db)
        .await?;
    let mails = outbox::Entity::find()
        .filter(outbox::Column::UserId.eq(user.id))
        .order_by_asc(outbox::Column::CreatedAt)
        .all(db)
        .await?;
    let failures = rate_limit::hits(db, Bucket::SignInAccount, &user.email).await?;
    Ok(json!({
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.lang,
            "time_zone": user.time_zone,
            "role": user.role.code(),
            "email_verified_at": user.email_verified_at,
            "created_at": user.created_at,
        },
        "organisation_memberships": memberships.iter().map(|m| json!({
            "organisation": organisations.iter().find(|o| o.id == m.organisation_id).map(|o| o.slug.clone()),
            "role": m.role,
        })).collect::<Vec<_>>(),
        "one_time_links": links.iter().map(|l| json!({
            "purpose": l.purpose, "sent_to": l.email, "created_at": l.created_at,
            "expires_at": l.expires_at, "used_at": l.used_at,
        })).collect::<Vec<_>>(),
        "emails": mails.iter().map(|m| json!({
            "to": m.to_address, "subject": m.subject, "body": m.body,
            "created_at": m.created_at, "sent_at": m.sent_at,
        })).collect::<Vec<_>>(),
        "failed_sign_ins": failures.iter().map(|f| json!({ "at": f.created_at })).collect::<Vec<_>>(),
    }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::UserId.eq(user.id))
        .exec(txn)
        .await?;
    one_time_token::Entity::delete_many()
        .filter(one_time_token::Column::UserId.eq(user.id))
        .exec(txn)
        .await?;
    // Mail to the person, also what was written to their address before it was an account.
    outbox::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(outbox::Column::UserId.eq(user.id))
                .add(outbox::Column::ToAddress.eq(user.email.clone())),
        )
        .exec(txn)
        .await?;
    rate_limit::clear(txn, Bucket::SignInAccount, &user.email).await?;
    Ok(())
}
