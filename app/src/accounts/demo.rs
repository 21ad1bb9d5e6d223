//! Demo accounts for `make run` (loaded with the demo content, never in a production start):
//! one administrator, one moderator, and one editor per demo organisation. Their passwords
//! are in the README.

use super::users::{self, NewUser};
use crate::auth::model::Role;
use crate::entities::{app_meta, organisation, organisation_member, user};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryOrder, Set,
    TransactionTrait,
};

const MARKER: &str = "demo-accounts";
pub const ADMIN_EMAIL: &str = "admin@example.org";
pub const ADMIN_PASSWORD: &str = "demo admin of the academy";
pub const MODERATOR_EMAIL: &str = "moderator@example.org";
pub const MODERATOR_PASSWORD: &str = "demo moderator of the academy";
/// Editors are `editor.<organisation-slug>@example.org`.
pub const EDITOR_PASSWORD: &str = "demo editor of the academy";

/// The address of the demo editor of an organisation.
pub fn editor_email(slug: &str) -> String {
    format!("editor.{slug}@example.org")
}

/// Loads the demo accounts once (after the demo content, which holds the organisations).
pub async fn load_once(db: &DatabaseConnection) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if app_meta::Entity::find_by_id(MARKER.to_string())
        .one(&txn)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    // One hash per password: hashing is slow on purpose, and demo editors share one.
    let hash = |password: &str| super::password::hash(password).map_err(|e| DbErr::Custom(e.to_string()));
    let editor_hash = hash(EDITOR_PASSWORD)?;
    let now = Utc::now();
    for (email, name, password, role, lang, zone) in [
        (
            ADMIN_EMAIL,
            "Amina Haddad",
            ADMIN_PASSWORD,
            Role::Admin,
            "fr",
            "Europe/Brussels",
        ),
        (
            MODERATOR_EMAIL,
            "Marco Ferri",
            MODERATOR_PASSWORD,
            Role::Moderator,
            "it",
            "Europe/Rome",
        ),
    ] {
        let created = create(&txn, email, name, hash(password)?, role, lang, zone).await?;
        verify(&txn, created, now).await?;
    }
    let organisations = organisation::Entity::find()
        .order_by_asc(organisation::Column::Id)
        .all(&txn)
        .await?;
    for org in organisations {
        let lang = match org.country.as_str() {
            "FR" | "BE" => "fr",
            "IT" => "it",
            "ES" => "es",
            _ => "en",
        };
        let zone = match org.country.as_str() {
            "FR" => "Europe/Paris",
            "BE" => "Europe/Brussels",
            "IT" => "Europe/Rome",
            "ES" => "Europe/Madrid",
            _ => "UTC",
        };
        let editor = create(
            &txn,
            &editor_email(&org.slug),
            &org.name,
            editor_hash.clone(),
            Role::Learner,
            lang,
            zone,
        )
        .await?;
        organisation_member::ActiveModel {
            user_id: Set(editor.id),
            organisation_id: Set(org.id),
            role: Set(crate::auth::model::MembershipRole::Editor),
        }
        .insert(&txn)
        .await?;
        verify(&txn, editor, now).await?;
    }
    app_meta::ActiveModel {
        key: Set(MARKER.into()),
        value: Set(now.to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}

async fn create(
    db: &impl ConnectionTrait,
    email: &str,
    name: &str,
    password_hash: String,
    role: Role,
    lang: &str,
    zone: &str,
) -> Result<user::Model, DbErr> {
    users::create(
        db,
        NewUser {
            email: email.into(),
            display_name: name.into(),
            password_hash,
            lang: lang.into(),
            time_zone: zone.into(),
            role,
        },
    )
    .await
    .map_err(|e| match e {
        users::CreateError::EmailTaken => DbErr::Custom(format!("demo account {email} exists")),
        users::CreateError::Db(e) => e,
    })
}

async fn verify(
    db: &impl ConnectionTrait,
    user: user::Model,
    at: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut active: user::ActiveModel = user.into();
    active.email_verified_at = Set(Some(at));
    active.update(db).await?;
    Ok(())
}
