//! Regular clean-up, run hourly by the job runner (once across app servers): expired sessions,
//! rate-limited attempts older than the window, and one-time links a day after they expired. Keeping
//! none of it longer than needed is also what the GDPR asks.

use crate::auth::session_store::DbSessionStore;
use crate::entities::one_time_token;
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

/// What one sweep removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub rate_limit_hits: u64,
    pub links: u64,
}

pub async fn sweep(db: &DatabaseConnection) -> Result<Swept, DbErr> {
    let now = Utc::now();
    let sessions = DbSessionStore::new(db.clone())
        .delete_expired()
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    let rate_limit_hits = crate::web::rate_limit::sweep(db, now).await?;
    let links = one_time_token::Entity::delete_many()
        .filter(one_time_token::Column::ExpiresAt.lt(now - Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Swept {
        sessions,
        rate_limit_hits,
        links,
    })
}
