//! Registering for a webinar, with capacity and a waiting list that hold whatever the number of
//! app servers and parallel requests:
//! - a seat is taken by one conditional update (`seats_taken + 1` only while below capacity):
//!   the database decides, so capacity is never exceeded; who gets none waits, in order of id;
//! - one live registration per address and webinar is a unique index: a second is refused;
//! - a registration made with an e-mail address only is `pending` (no seat) until its link is
//!   opened, for 48 hours;
//! - a seat freed by a cancellation goes to the first person waiting by a conditional update on
//!   that registration, so exactly one person gets it (a race moves on to the next one).

use super::codes::{RegistrationStatus, PENDING_HOURS};
use crate::auth::secret::{digest, random_token};
use crate::content::ContentStatus;
use crate::entities::{webinar, webinar_registration};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::{Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};

/// Why a registration is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// It took place, or registration is closed.
    Closed,
    /// This address already has a live registration.
    AlreadyRegistered,
}

/// A new registration: where it stands, and the secret of its personal link.
#[derive(Clone, Debug)]
pub struct Registered {
    pub id: i32,
    pub status: RegistrationStatus,
    pub token: String,
}

/// The published webinar `slug`, if people may register now.
pub async fn open_webinar(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Result<webinar::Model, Refused>, AppError> {
    let row = webinar::Entity::find()
        .filter(webinar::Column::Slug.eq(slug))
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(if row.registration_open && row.starts_at > Utc::now() {
        Ok(row)
    } else {
        Err(Refused::Closed)
    })
}

/// Takes a seat of webinar `id` if one is left: whether it did.
async fn take_seat(txn: &DatabaseTransaction, id: i32) -> Result<bool, AppError> {
    let update = webinar::Entity::update_many()
        .col_expr(
            webinar::Column::SeatsTaken,
            Expr::col(webinar::Column::SeatsTaken).add(1),
        )
        .filter(webinar::Column::Id.eq(id))
        .filter(
            sea_orm::Condition::any()
                .add(webinar::Column::Capacity.is_null())
                .add(Expr::col(webinar::Column::SeatsTaken).lt(Expr::col(webinar::Column::Capacity))),
        )
        .exec(txn)
        .await?;
    Ok(update.rows_affected == 1)
}

/// Whether `error` is the unique index refusing a second live registration.
fn is_duplicate(error: &sea_orm::DbErr) -> bool {
    matches!(
        error.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// Registers `email` (lower-cased) for `row`: `confirmed` with a seat, else `waiting`; or
/// `pending` (no seat) when the address still has to be confirmed.
pub async fn register(
    db: &DatabaseConnection,
    row: &webinar::Model,
    user_id: Option<i32>,
    email: &str,
    lang: Lang,
    confirmed_address: bool,
) -> Result<Result<Registered, Refused>, AppError> {
    let email = email.trim().to_lowercase();
    let now = Utc::now();
    let txn = db.begin().await?;
    // An unconfirmed registration past its 48 hours holds nothing, not even the address.
    webinar_registration::Entity::update_many()
        .col_expr(
            webinar_registration::Column::Status,
            Expr::value(RegistrationStatus::Cancelled.code()),
        )
        .col_expr(webinar_registration::Column::CancelledAt, Expr::value(now))
        .filter(webinar_registration::Column::WebinarId.eq(row.id))
        .filter(webinar_registration::Column::Email.eq(email.clone()))
        .filter(webinar_registration::Column::Status.eq(RegistrationStatus::Pending))
        .filter(webinar_registration::Column::CreatedAt.lt(now - Duration::hours(PENDING_HOURS)))
        .exec(&txn)
        .await?;
    let status = if !confirmed_address {
        RegistrationStatus::Pending
    } else if take_seat(&txn, row.id).await? {
        RegistrationStatus::Confirmed
    } else {
        RegistrationStatus::Waiting
    };
    let token = random_token();
    let inserted = webinar_registration::ActiveModel {
        webinar_id: Set(row.id),
        user_id: Set(user_id),
        email: Set(email),
        lang: Set(lang),
        status: Set(status),
        token_hash: Set(digest(&token)),
        created_at: Set(now),
        confirmed_at: Set(confirmed_address.then_some(now)),
        cancelled_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let saved = match inserted {
        Ok(saved) => saved,
        // The seat taken above goes back with the transaction (rolled back here, not left to
        // the drop: SQLite's one connection must come back to the pool clean).
        Err(error) if is_duplicate(&error) => {
            txn.rollback().await?;
            return Ok(Err(Refused::AlreadyRegistered));
        }
        Err(error) => return Err(error.into()),
    };
    txn.commit().await?;
    Ok(Ok(Registered {
        id: saved.id,
        status,
        token,
    }))
}

/// What opening a pending registration's link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// It now holds a seat, or waits (or it had already been confirmed).
    Now(RegistrationStatus),
    /// Past its 48 hours, or the webinar is no longer open: register again.
    Expired,
}

/// Confirms registration `reg` (the link in its mail was opened): a seat, else the waiting list.
pub async fn confirm(
    db: &DatabaseConnection,
    reg: &webinar_registration::Model,
) -> Result<Confirmed, AppError> {
    if reg.status != RegistrationStatus::Pending {
        return Ok(Confirmed::Now(reg.status));
    }
    let now = Utc::now();
    let row = webinar::Entity::find_by_id(reg.webinar_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if reg.created_at < now - Duration::hours(PENDING_HOURS) || row.starts_at <= now || !row.registration_open
    {
        return Ok(Confirmed::Expired);
    }
    let txn = db.begin().await?;
    let status = if take_seat(&txn, row.id).await? {
        RegistrationStatus::Confirmed
    } else {
        RegistrationStatus::Waiting
    };
    // Only a pending one changes: a link opened twice at once takes one seat.
    let changed = webinar_registration::Entity::update_many()
        .col_expr(webinar_registration::Column::Status, Expr::value(status.code()))
        .col_expr(webinar_registration::Column::ConfirmedAt, Expr::value(now))
        .filter(webinar_registration::Column::Id.eq(reg.id))
        .filter(webinar_registration::Column::Status.eq(RegistrationStatus::Pending))
        .exec(&txn)
        .await?;
    if changed.rows_affected == 0 {
        txn.rollback().await?;
        let fresh = webinar_registration::Entity::find_by_id(reg.id)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
        return Ok(Confirmed::Now(fresh.status));
    }
    txn.commit().await?;
    Ok(Confirmed::Now(status))
}

/// What a cancellation did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cancelled {
    /// Cancelled now; the freed seat went to this registration (first on the waiting list).
    Now { promoted: Option<i32> },
    /// It had been cancelled before (a link used twice).
    Already,
}

/// Cancels registration `reg`; a freed seat goes to the first person waiting, exactly once.
pub async fn cancel(
    db: &DatabaseConnection,
    reg: &webinar_registration::Model,
) -> Result<Cancelled, AppError> {
    let now = Utc::now();
    let txn = db.begin().await?;
    let was = webinar_registration::Entity::find_by_id(reg.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?
        .status;
    let changed = webinar_registration::Entity::update_many()
        .col_expr(
            webinar_registration::Column::Status,
            Expr::value(RegistrationStatus::Cancelled.code()),
        )
        .col_expr(webinar_registration::Column::CancelledAt, Expr::value(now))
        .filter(webinar_registration::Column::Id.eq(reg.id))
        .filter(webinar_registration::Column::Status.eq(was))
        .filter(webinar_registration::Column::Status.ne(RegistrationStatus::Cancelled))
        .exec(&txn)
        .await?;
    if changed.rows_affected == 0 {
        txn.rollback().await?;
        return Ok(Cancelled::Already);
    }
    let mut promoted = None;
    if was == RegistrationStatus::Confirmed {
        // The first one waiting gets the seat; a conditional update, so a parallel
        // cancellation cannot give the same person two seats: on a race, the next one.
        for _ in 0..20 {
            let Some(next) = webinar_registration::Entity::find()
                .filter(webinar_registration::Column::WebinarId.eq(reg.webinar_id))
                .filter(webinar_registration::Column::Status.eq(RegistrationStatus::Waiting))
                .order_by_asc(webinar_registration::Column::Id)
                .one(&txn)
                .await?
            else {
                break;
            };
            let moved = webinar_registration::Entity::update_many()
                .col_expr(
                    webinar_registration::Column::Status,
                    Expr::value(RegistrationStatus::Confirmed.code()),
                )
                .filter(webinar_registration::Column::Id.eq(next.id))
                .filter(webinar_registration::Column::Status.eq(RegistrationStatus::Waiting))
                .exec(&txn)
                .await?;
            if moved.rows_affected == 1 {
                promoted = Some(next.id);
                break;
            }
        }
        if promoted.is_none() {
            webinar::Entity::update_many()
                .col_expr(
                    webinar::Column::SeatsTaken,
                    Expr::col(webinar::Column::SeatsTaken).sub(1),
                )
                .filter(webinar::Column::Id.eq(reg.webinar_id))
                .filter(webinar::Column::SeatsTaken.gt(0))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(Cancelled::Now { promoted })
}
