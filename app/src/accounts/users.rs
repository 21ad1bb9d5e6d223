//! Users in the database: creating, finding, changing and erasing them.

use crate::entities::user;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

/// A new account, checked.
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub lang: String,
    pub time_zone: String,
    pub role: crate::auth::model::Role,
}

/// Creating failed because the address is taken (checked first; the unique index decides
/// when two sign-ups race).
#[derive(Debug)]
pub enum CreateError {
    EmailTaken,
    Db(DbErr),
}

impl From<DbErr> for CreateError {
    fn from(err: DbErr) -> Self {
        CreateError::Db(err)
    }
}

pub async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id).one(db).await
}

pub async fn create(db: &impl ConnectionTrait, new: NewUser) -> Result<user::Model, CreateError> {
    if find_by_email(db, &new.email).await?.is_some() {
        return Err(CreateError::EmailTaken);
    }
    let inserted = user::ActiveModel {
        email: Set(new.email),
        password_hash: Set(Some(new.password_hash)),
        display_name: Set(new.display_name),
        lang: Set(new.lang),
        time_zone: Set(new.time_zone),
        role: Set(new.role),
        email_verified_at: Set(None),
        created_at: Set(Utc::now()),
        session_key: Set(crate::auth::secret::random_token()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(user) => Ok(user),
        Err(err) if is_unique_violation(&err) => Err(CreateError::EmailTaken),
        Err(err) => Err(err.into()),
    }
}

/// Whether a database error is a unique-constraint violation.
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}

/// A new password: a new hash and a new session key (every other session ends).
pub async fn set_password(
    db: &impl ConnectionTrait,
    user: user::Model,
    hash: String,
) -> Result<user::Model, DbErr> {
    let mut active: user::ActiveModel = user.into();
    active.password_hash = Set(Some(hash));
    active.session_key = Set(crate::auth::secret::random_token());
    active.update(db).await
}

/// Erases a user and everything personal about them, in one transaction: each feature's
/// declared part (`crate::personal_data_features`), then the user row. Content of their
/// organisations stays (it belongs to the organisation).
pub async fn erase(db: &DatabaseConnection, user: &user::Model) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    crate::personal_data::erase(&crate::personal_data_features(), &txn, user).await?;
    user::Entity::delete_by_id(user.id).exec(&txn).await?;
    txn.commit().await
}

/// Hashes off the async threads (argon2 takes tens of milliseconds on purpose).
pub async fn hash_password(password: String) -> Result<String, crate::error::AppError> {
    tokio_blocking(move || super::password::hash(&password).map_err(|_| crate::error::AppError::Internal))
        .await?
}

/// Verifies off the async threads. Without a stored hash, a dummy one is checked, so an
/// unknown address takes as long as a wrong password.
pub async fn verify_password(
    password: String,
    stored: Option<String>,
) -> Result<bool, crate::error::AppError> {
    tokio_blocking(move || match stored {
        Some(stored) => super::password::verify(&password, &stored),
        None => {
            let _ = super::password::verify(&password, super::password::dummy_hash());
            false
        }
    })
    .await
}

async fn tokio_blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, crate::error::AppError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| crate::error::AppError::Internal)
}

/// How many administrators there are (the last one may not leave).
pub async fn admin_count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    user::Entity::find()
        .filter(user::Column::Role.eq(crate::auth::model::Role::Admin))
        .count(db)
        .await
}
