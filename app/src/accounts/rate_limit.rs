//! The sign-in rate limit: failed attempts are counted in the database (every app server sees
//! them) per account and per IP address over a sliding window.

use crate::entities::sign_in_failure;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// The window over which failures count.
pub const WINDOW_MINUTES: i64 = 15;
/// Failures allowed per account (e-mail as typed) in the window.
pub const PER_ACCOUNT: u64 = 5;
/// Failures allowed per IP address in the window (several people may share one address).
pub const PER_IP: u64 = 20;

/// `Err(minutes)` when the account or the address must wait, with how long.
pub async fn check(db: &impl ConnectionTrait, account: &str, ip: &str) -> Result<Result<(), i64>, DbErr> {
    let now = Utc::now();
    let since = now - Duration::minutes(WINDOW_MINUTES);
    for (column, value, limit) in [
        (sign_in_failure::Column::Account, account, PER_ACCOUNT),
        (sign_in_failure::Column::Ip, ip, PER_IP),
    ] {
        let recent = sign_in_failure::Entity::find()
            .filter(column.eq(value))
            .filter(sign_in_failure::Column::CreatedAt.gt(since));
        if recent.clone().count(db).await? >= limit {
            // Free again when enough of the failures have left the window.
            let blocking = recent
                .order_by_desc(sign_in_failure::Column::CreatedAt)
                .offset(limit - 1)
                .one(db)
                .await?;
            let until = blocking.map(|f| f.created_at).unwrap_or(now) + Duration::minutes(WINDOW_MINUTES);
            return Ok(Err(minutes_until(now, until)));
        }
    }
    Ok(Ok(()))
}

fn minutes_until(now: DateTime<Utc>, until: DateTime<Utc>) -> i64 {
    ((until - now).num_seconds() + 59).div_euclid(60).max(1)
}

/// Records a failed attempt.
pub async fn record_failure(db: &impl ConnectionTrait, account: &str, ip: &str) -> Result<(), DbErr> {
    sign_in_failure::ActiveModel {
        account: Set(account.chars().take(320).collect()),
        ip: Set(ip.chars().take(64).collect()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// After a successful sign-in the account starts afresh (the IP's count stays).
pub async fn clear_account(db: &impl ConnectionTrait, account: &str) -> Result<(), DbErr> {
    sign_in_failure::Entity::delete_many()
        .filter(sign_in_failure::Column::Account.eq(account))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_up_to_whole_minutes() {
        let now = Utc::now();
        assert_eq!(minutes_until(now, now + Duration::seconds(61)), 2);
        assert_eq!(minutes_until(now, now + Duration::seconds(60)), 1);
        assert_eq!(minutes_until(now, now), 1);
    }
}
