//! One-time links (e-mail verification, password reset): a random secret in the link, its
//! SHA-256 in the database, valid for an hour, used once.

use crate::auth::secret::{digest, random_token};
use crate::entities::one_time_token;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

/// How long a link stays valid.
pub const LIFETIME_MINUTES: i64 = 60;

/// What a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify-email",
            Purpose::ResetPassword => "reset-password",
        }
    }
}

/// Why a link does not work; each has a message `accounts-token-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    Invalid,
    Expired,
    Used,
}

impl LinkError {
    pub fn key(self) -> &'static str {
        match self {
            LinkError::Invalid => "accounts-token-invalid",
            LinkError::Expired => "accounts-token-expired",
            LinkError::Used => "accounts-token-used",
        }
    }
}

/// Creates a link for `user_id` sent to `email`; returns the secret to put in the URL.
pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: Purpose,
    email: &str,
) -> Result<String, DbErr> {
    let secret = random_token();
    let now = Utc::now();
    one_time_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.code().into()),
        token_hash: Set(digest(&secret)),
        email: Set(email.into()),
        expires_at: Set(now + Duration::minutes(LIFETIME_MINUTES)),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(secret)
}

/// The link's row if it is valid now, without using it.
pub async fn check(
    db: &impl ConnectionTrait,
    purpose: Purpose,
    secret: &str,
) -> Result<Result<one_time_token::Model, LinkError>, DbErr> {
    if secret.is_empty() || secret.len() > 100 {
        return Ok(Err(LinkError::Invalid));
    }
    let Some(row) = one_time_token::Entity::find()
        .filter(one_time_token::Column::TokenHash.eq(digest(secret)))
        .filter(one_time_token::Column::Purpose.eq(purpose.code()))
        .one(db)
        .await?
    else {
        return Ok(Err(LinkError::Invalid));
    };
    Ok(if row.used_at.is_some() {
        Err(LinkError::Used)
    } else if row.expires_at <= Utc::now() {
        Err(LinkError::Expired)
    } else {
        Ok(row)
    })
}

/// Uses the link: valid, not used, not expired — and marked used in the same statement, so
/// two clicks at once cannot both succeed.
pub async fn consume(
    db: &impl ConnectionTrait,
    purpose: Purpose,
    secret: &str,
) -> Result<Result<one_time_token::Model, LinkError>, DbErr> {
    let row = match check(db, purpose, secret).await? {
        Ok(row) => row,
        Err(error) => return Ok(Err(error)),
    };
    let updated = one_time_token::Entity::update_many()
        .col_expr(
            one_time_token::Column::UsedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(one_time_token::Column::Id.eq(row.id))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(if updated.rows_affected == 1 {
        Ok(row)
    } else {
        Err(LinkError::Used)
    })
}
