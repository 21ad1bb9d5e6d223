//! One job runner for background work, run by every app server, with each job run once
//! across them all: jobs are rows (`background_jobs`) that a server claims with a conditional
//! update and holds under a lease it renews while the job runs. A recurring job has one row,
//! moved to its next time when it finishes; a one-off job has its own key. A job that fails is
//! retried with back-off; after `MAX_ATTEMPTS` a one-off job is left `failed` (and a recurring
//! one keeps its last error) for administrators to see. A server stopped mid-job loses
//! nothing: its lease expires (or is released on a clean shutdown) and another server runs it.
//!
//! No crate does this on SQLite and PostgreSQL over SeaORM's pool (the job-queue crates bring
//! their own sqlx version and pool), so it is written here, on the same database as the rest.

mod store;

pub use store::{JobState, MAX_ATTEMPTS};

use chrono::{Duration, Utc};
use futures::future::BoxFuture;
use sea_orm::{DatabaseConnection, DbErr};
use std::sync::Arc;

/// How long a claim holds without being renewed.
pub const LEASE_SECONDS: i64 = 120;

/// What a job does: given the database, `Ok` or the error to keep.
pub type Handler = Arc<dyn Fn(DatabaseConnection) -> BoxFuture<'static, Result<(), String>> + Send + Sync>;

/// A kind of job this runner knows how to run.
#[derive(Clone)]
struct Kind {
    name: &'static str,
    /// For a recurring job, how often.
    every: Option<Duration>,
    handler: Handler,
}

/// When this server's runner last looked for due jobs (readiness and metrics read it). It
/// lives in `AppState` from the start, and the runner beats it at every poll.
#[derive(Clone, Debug, Default)]
pub struct Heartbeat(Arc<std::sync::atomic::AtomicI64>);

impl Heartbeat {
    fn beat(&self) {
        self.0
            .store(Utc::now().timestamp(), std::sync::atomic::Ordering::Relaxed);
    }

    /// The last poll, `None` before the first.
    pub fn last(&self) -> Option<chrono::DateTime<Utc>> {
        match self.0.load(std::sync::atomic::Ordering::Relaxed) {
            0 => None,
            at => chrono::DateTime::from_timestamp(at, 0),
        }
    }
}

/// The runner of one app server.
#[derive(Clone)]
pub struct Runner {
    db: DatabaseConnection,
    /// This server's name in the claims (random per process).
    worker: String,
    kinds: Vec<Kind>,
    heartbeat: Heartbeat,
}

impl Runner {
    pub fn new(db: DatabaseConnection) -> Runner {
        Runner {
            db,
            worker: format!(
                "{}-{}",
                std::process::id(),
                crate::auth::secret::random_token().get(..8).unwrap_or("")
            ),
            kinds: Vec::new(),
            heartbeat: Heartbeat::default(),
        }
    }

    /// Beats `heartbeat` at every poll (the one in this server's `AppState`).
    pub fn beating(mut self, heartbeat: Heartbeat) -> Runner {
        self.heartbeat = heartbeat;
        self
    }

    /// This server's name in the claims.
    pub fn worker(&self) -> &str {
        &self.worker
    }

    /// Runs `handler` every `every`, once across servers.
    pub fn every<F, Fut>(mut self, name: &'static str, every: std::time::Duration, handler: F) -> Runner
    where
        F: Fn(DatabaseConnection) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<(), String>> + Send + 'static,
    {
        self.kinds.push(Kind {
            name,
            every: Duration::from_std(every).ok(),
            handler: Arc::new(move |db| Box::pin(handler(db))),
        });
        self
    }

    /// Handles one-off jobs of kind `name` (scheduled with `schedule`).
    pub fn handles<F, Fut>(mut self, name: &'static str, handler: F) -> Runner
    where
        F: Fn(DatabaseConnection) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<(), String>> + Send + 'static,
    {
        self.kinds.push(Kind {
            name,
            every: None,
            handler: Arc::new(move |db| Box::pin(handler(db))),
        });
        self
    }

    /// Makes sure each recurring job has its row (due now when new).
    pub async fn register(&self) -> Result<(), DbErr> {
        for kind in &self.kinds {
            if kind.every.is_some() {
                store::ensure_recurring(&self.db, kind.name).await?;
            }
        }
        Ok(())
    }

    /// Claims and runs every job that is due now; returns how many this server ran.
    pub async fn tick(&self) -> Result<usize, DbErr> {
        let names: Vec<&str> = self.kinds.iter().map(|k| k.name).collect();
        let mut ran = 0;
        for job in store::due(&self.db, &names, Utc::now()).await? {
            let Some(kind) = self.kinds.iter().find(|k| k.name == job.kind) else {
                continue;
            };
            if !store::claim(&self.db, &job, &self.worker, Utc::now()).await? {
                continue;
            }
            ran += 1;
            let outcome = self.run_held(kind, job.id).await;
            if let Err(error) = &outcome {
                tracing::warn!(job = kind.name, %error, "background job failed");
            }
            store::finish(&self.db, &job, &self.worker, kind.every, outcome, Utc::now()).await?;
        }
        Ok(ran)
    }

    /// Runs a claimed job, renewing the lease while it runs.
    async fn run_held(&self, kind: &Kind, id: i32) -> Result<(), String> {
        let work = (kind.handler)(self.db.clone());
        tokio::pin!(work);
        let renew_every = std::time::Duration::from_secs((LEASE_SECONDS / 3).max(1) as u64);
        loop {
            tokio::select! {
                outcome = &mut work => return outcome,
                _ = tokio::time::sleep(renew_every) => {
                    if let Err(error) = store::renew(&self.db, id, &self.worker, Utc::now()).await {
                        tracing::warn!(%error, "renewing a job lease");
                    }
                }
            }
        }
    }

    /// Gives back this server's claims at once (on shutdown), so another server takes them.
    pub async fn release(&self) -> Result<u64, DbErr> {
        store::release(&self.db, &self.worker).await
    }

    /// Registers the recurring jobs, then runs due jobs every `poll`, for ever.
    pub fn spawn(self, poll: std::time::Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            if let Err(error) = self.register().await {
                tracing::error!(%error, "registering background jobs");
            }
            loop {
                self.heartbeat.beat();
                if let Err(error) = self.tick().await {
                    tracing::error!(%error, "background jobs");
                }
                tokio::time::sleep(poll).await;
            }
        })
    }
}

/// Schedules one-off job `kind`/`key` to run at `at` (scheduling it again changes nothing).
pub async fn schedule(
    db: &impl sea_orm::ConnectionTrait,
    kind: &str,
    key: &str,
    payload: &serde_json::Value,
    at: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    store::insert_once(db, kind, key, payload, at).await
}

/// The jobs, for administrators: failing ones first, then by kind.
pub async fn overview(
    db: &impl sea_orm::ConnectionTrait,
) -> Result<Vec<crate::entities::background_job::Model>, DbErr> {
    store::all(db).await
}

/// Runs failed job `id` again now (for administrators); `false` when it is not failed.
pub async fn retry(db: &impl sea_orm::ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    store::retry(db, id, Utc::now()).await
}
