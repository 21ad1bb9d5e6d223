//! The `background_jobs` rows: scheduling, finding what is due, claiming under a lease,
//! renewing, finishing (next run, retry with back-off, or failed) and releasing.

use super::LEASE_SECONDS;
use crate::entities::background_job;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Attempts before a one-off job is left failed.
pub const MAX_ATTEMPTS: i32 = 5;

/// The key of a recurring job's one row.
const RECURRING: &str = "every";

/// Where a job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobState {
    /// Waiting for its time (`run_at`).
    Pending,
    /// Claimed by a server until `lease_until`.
    Running,
    /// A one-off job that finished.
    Done,
    /// A one-off job that failed `MAX_ATTEMPTS` times.
    Failed,
}

impl JobState {
    pub fn code(self) -> &'static str {
        match self {
            JobState::Pending => "pending",
            JobState::Running => "running",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }
}

/// The recurring job `kind` has its row (new ones are due at once).
pub async fn ensure_recurring(db: &impl ConnectionTrait, kind: &str) -> Result<(), DbErr> {
    insert_once(db, kind, RECURRING, &serde_json::Value::Null, Utc::now()).await
}

/// Inserts job `kind`/`key` unless it exists (two servers registering at once insert one).
pub async fn insert_once(
    db: &impl ConnectionTrait,
    kind: &str,
    key: &str,
    payload: &serde_json::Value,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    background_job::Entity::insert(background_job::ActiveModel {
        kind: Set(kind.into()),
        key: Set(key.into()),
        payload: Set(payload.to_string()),
        state: Set(JobState::Pending.code().into()),
        run_at: Set(at),
        attempts: Set(0),
        lease_holder: Set(None),
        lease_until: Set(None),
        last_error: Set(None),
        last_run_at: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([background_job::Column::Kind, background_job::Column::Key])
    .exec(db)
    .await?;
    Ok(())
}

/// Jobs of `kinds` that may be claimed at `now`: pending and due, or running under a lease
/// that expired (their server stopped).
pub async fn due(
    db: &impl ConnectionTrait,
    kinds: &[&str],
    now: DateTime<Utc>,
) -> Result<Vec<background_job::Model>, DbErr> {
    background_job::Entity::find()
        .filter(background_job::Column::Kind.is_in(kinds.iter().copied()))
        .filter(claimable(now))
        .order_by_asc(background_job::Column::RunAt)
        .limit(20)
        .all(db)
        .await
}

fn claimable(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(
            Condition::all()
                .add(background_job::Column::State.eq(JobState::Pending.code()))
                .add(background_job::Column::RunAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(background_job::Column::State.eq(JobState::Running.code()))
                .add(background_job::Column::LeaseUntil.lt(now)),
        )
}

/// Claims `job` for `worker`: a conditional update that only one server can win.
pub async fn claim(
    db: &impl ConnectionTrait,
    job: &background_job::Model,
    worker: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let claimed = background_job::Entity::update_many()
        .col_expr(
            background_job::Column::State,
            Expr::value(JobState::Running.code()),
        )
        .col_expr(background_job::Column::LeaseHolder, Expr::value(worker))
        .col_expr(
            background_job::Column::LeaseUntil,
            Expr::value(now + Duration::seconds(LEASE_SECONDS)),
        )
        .col_expr(background_job::Column::LastRunAt, Expr::value(now))
        .filter(background_job::Column::Id.eq(job.id))
        .filter(claimable(now))
        .exec(db)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Extends `worker`'s lease on job `id`.
pub async fn renew(
    db: &impl ConnectionTrait,
    id: i32,
    worker: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    background_job::Entity::update_many()
        .col_expr(
            background_job::Column::LeaseUntil,
            Expr::value(now + Duration::seconds(LEASE_SECONDS)),
        )
        .filter(background_job::Column::Id.eq(id))
        .filter(background_job::Column::LeaseHolder.eq(worker))
        .exec(db)
        .await?;
    Ok(())
}

/// The wait before retry `attempt` (1, 2, …): 30 s doubled each time, at most an hour.
pub fn back_off(attempt: i32) -> Duration {
    let seconds = 30_i64.saturating_mul(1_i64 << attempt.clamp(1, 12).saturating_sub(1));
    Duration::seconds(seconds.min(3600))
}

/// Records the outcome of `worker`'s run of `job`: the next run of a recurring job, a retry
/// with back-off, or the end of a one-off job (done, or failed after `MAX_ATTEMPTS`).
pub async fn finish(
    db: &impl ConnectionTrait,
    job: &background_job::Model,
    worker: &str,
    every: Option<Duration>,
    outcome: Result<(), String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let none: Option<String> = None;
    let none_time: Option<DateTime<Utc>> = None;
    let mut update = background_job::Entity::update_many()
        .col_expr(background_job::Column::LeaseHolder, Expr::value(none.clone()))
        .col_expr(background_job::Column::LeaseUntil, Expr::value(none_time))
        .filter(background_job::Column::Id.eq(job.id))
        .filter(background_job::Column::LeaseHolder.eq(worker));
    update = match (outcome, every) {
        (Ok(()), Some(every)) => update
            .col_expr(
                background_job::Column::State,
                Expr::value(JobState::Pending.code()),
            )
            .col_expr(background_job::Column::RunAt, Expr::value(now + every))
            .col_expr(background_job::Column::Attempts, Expr::value(0))
            .col_expr(background_job::Column::LastError, Expr::value(none)),
        (Ok(()), None) => update
            .col_expr(background_job::Column::State, Expr::value(JobState::Done.code()))
            .col_expr(background_job::Column::LastError, Expr::value(none)),
        (Err(error), every) => {
            let attempts = job.attempts + 1;
            let error: String = error.chars().take(2000).collect();
            let (state, next) = match every {
                // A recurring job is never given up: it keeps its error and tries again, at
                // the latest at its next time.
                Some(every) => (JobState::Pending, now + back_off(attempts).min(every)),
                None if attempts >= MAX_ATTEMPTS => (JobState::Failed, now),
                None => (JobState::Pending, now + back_off(attempts)),
            };
            update
                .col_expr(background_job::Column::State, Expr::value(state.code()))
                .col_expr(background_job::Column::RunAt, Expr::value(next))
                .col_expr(background_job::Column::Attempts, Expr::value(attempts))
                .col_expr(background_job::Column::LastError, Expr::value(Some(error)))
        }
    };
    update.exec(db).await?;
    Ok(())
}

/// Gives back every claim of `worker` (it is shutting down): the jobs are due again at once.
pub async fn release(db: &impl ConnectionTrait, worker: &str) -> Result<u64, DbErr> {
    let none: Option<String> = None;
    let none_time: Option<DateTime<Utc>> = None;
    Ok(background_job::Entity::update_many()
        .col_expr(
            background_job::Column::State,
            Expr::value(JobState::Pending.code()),
        )
        .col_expr(background_job::Column::LeaseHolder, Expr::value(none))
        .col_expr(background_job::Column::LeaseUntil, Expr::value(none_time))
        .filter(background_job::Column::LeaseHolder.eq(worker))
        .filter(background_job::Column::State.eq(JobState::Running.code()))
        .exec(db)
        .await?
        .rows_affected)
}

/// Puts failed job `id` back to pending, due at `now`, with its attempts counted afresh.
pub async fn retry(db: &impl ConnectionTrait, id: i32, now: DateTime<Utc>) -> Result<bool, DbErr> {
    Ok(background_job::Entity::update_many()
        .col_expr(
            background_job::Column::State,
            Expr::value(JobState::Pending.code()),
        )
        .col_expr(background_job::Column::RunAt, Expr::value(now))
        .col_expr(background_job::Column::Attempts, Expr::value(0))
        .filter(background_job::Column::Id.eq(id))
        .filter(background_job::Column::State.eq(JobState::Failed.code()))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Every job: the failed and failing first, then by kind.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<background_job::Model>, DbErr> {
    let mut jobs = background_job::Entity::find()
        .order_by_asc(background_job::Column::Kind)
        .order_by_asc(background_job::Column::Id)
        .limit(500)
        .all(db)
        .await?;
    jobs.sort_by_key(|j| (j.state != JobState::Failed.code(), j.last_error.is_none()));
    Ok(jobs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_up_to_an_hour() {
        assert_eq!(back_off(1), Duration::seconds(30));
        assert_eq!(back_off(2), Duration::seconds(60));
        assert_eq!(back_off(3), Duration::seconds(120));
        assert_eq!(back_off(20), Duration::seconds(3600));
    }
}
