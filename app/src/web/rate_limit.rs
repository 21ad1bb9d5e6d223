//! One rate limiter with named buckets: attempts are rows in the database (every app server
//! sees them), counted per bucket and subject over a sliding window. Sign-in failures (per
//! address typed, per client), wrong resume codes (per client) and webinar registrations by
//! e-mail address (per client: each sends a mail to an address anyone may type) are buckets.

use crate::entities::rate_limit_hit;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// The window over which attempts count, in minutes (the same for every bucket).
pub const WINDOW_MINUTES: i64 = 15;

/// What is being limited, and how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bucket {
    /// Failed sign-ins per e-mail address as typed (known or not).
    SignInAccount,
    /// Failed sign-ins per client address (several people may share one).
    SignInAddress,
    /// Wrong resume codes per client address.
    ResumeCode,
    /// Webinar registrations made with an e-mail address, per client address.
    WebinarByEmail,
}

impl Bucket {
    pub const ALL: [Bucket; 4] = [
        Bucket::SignInAccount,
        Bucket::SignInAddress,
        Bucket::ResumeCode,
        Bucket::WebinarByEmail,
    ];

    /// The name stored in `rate_limit_hits.bucket`.
    pub fn code(self) -> &'static str {
        match self {
            Bucket::SignInAccount => "sign-in-account",
            Bucket::SignInAddress => "sign-in-address",
            Bucket::ResumeCode => "resume-code",
            Bucket::WebinarByEmail => "webinar-by-email",
        }
    }

    /// Attempts allowed in the window.
    pub fn limit(self) -> u64 {
        match self {
            Bucket::SignInAccount | Bucket::ResumeCode => 5,
            Bucket::SignInAddress | Bucket::WebinarByEmail => 20,
        }
    }
}

/// `Err(minutes)` when one of `limits` (bucket, subject) must wait, with how long.
pub async fn check(db: &impl ConnectionTrait, limits: &[(Bucket, &str)]) -> Result<Result<(), i64>, DbErr> {
    let now = Utc::now();
    let since = now - Duration::minutes(WINDOW_MINUTES);
    for (bucket, subject) in limits {
        let recent = rate_limit_hit::Entity::find()
            .filter(rate_limit_hit::Column::Bucket.eq(bucket.code()))
            .filter(rate_limit_hit::Column::Subject.eq(subject_of(subject)))
            .filter(rate_limit_hit::Column::CreatedAt.gt(since));
        let limit = bucket.limit();
        if recent.clone().count(db).await? >= limit {
            // Free again when enough of the attempts have left the window.
            let blocking = recent
                .order_by_desc(rate_limit_hit::Column::CreatedAt)
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

fn subject_of(subject: &str) -> String {
    subject.chars().take(320).collect()
}

/// Counts one attempt in each of `limits`.
pub async fn record(db: &impl ConnectionTrait, limits: &[(Bucket, &str)]) -> Result<(), DbErr> {
    for (bucket, subject) in limits {
        rate_limit_hit::ActiveModel {
            bucket: Set(bucket.code().into()),
            subject: Set(subject_of(subject)),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Starts `subject` afresh in `bucket` (after a successful sign-in, the account's count).
pub async fn clear(db: &impl ConnectionTrait, bucket: Bucket, subject: &str) -> Result<u64, DbErr> {
    Ok(rate_limit_hit::Entity::delete_many()
        .filter(rate_limit_hit::Column::Bucket.eq(bucket.code()))
        .filter(rate_limit_hit::Column::Subject.eq(subject_of(subject)))
        .exec(db)
        .await?
        .rows_affected)
}

/// Removes attempts that left the window (housekeeping).
pub async fn sweep(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(rate_limit_hit::Entity::delete_many()
        .filter(rate_limit_hit::Column::CreatedAt.lt(now - Duration::minutes(WINDOW_MINUTES)))
        .exec(db)
        .await?
        .rows_affected)
}

/// The attempts counted against `subject` in `bucket` (for "my data").
pub async fn hits(
    db: &impl ConnectionTrait,
    bucket: Bucket,
    subject: &str,
) -> Result<Vec<rate_limit_hit::Model>, DbErr> {
    rate_limit_hit::Entity::find()
        .filter(rate_limit_hit::Column::Bucket.eq(bucket.code()))
        .filter(rate_limit_hit::Column::Subject.eq(subject_of(subject)))
        .order_by_asc(rate_limit_hit::Column::CreatedAt)
        .all(db)
        .await
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

    #[test]
    fn bucket_names_are_distinct() {
        let mut names: Vec<_> = Bucket::ALL.iter().map(|b| b.code()).collect();
        names.dedup();
        assert_eq!(names.len(), Bucket::ALL.len());
    }
}
