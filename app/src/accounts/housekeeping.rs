//! Regular clean-up, run by every app server every hour: expired sessions, failed sign-ins
//! older than the rate-limit window, and one-time links a day after they expired. Keeping
//! none of it longer than needed is also what the GDPR asks.

use super::session_store::DbSessionStore;
use crate::entities::{one_time_token, sign_in_failure};
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// What one sweep removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub sign_in_failures: u64,
    pub links: u64,
}

pub async fn sweep(db: &DatabaseConnection) -> Result<Swept, DbErr> {
    let now = Utc::now();
    let sessions = DbSessionStore::new(db.clone())
        .delete_expired()
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    let sign_in_failures = sign_in_failure::Entity::delete_many()
        .filter(
            sign_in_failure::Column::CreatedAt.lt(now - Duration::minutes(super::rate_limit::WINDOW_MINUTES)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let links = one_time_token::Entity::delete_many()
        .filter(one_time_token::Column::ExpiresAt.lt(now - Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Swept {
        sessions,
        sign_in_failures,
        links,
    })
}
