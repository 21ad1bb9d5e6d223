//! The index one app server holds in memory (in `AppState`), brought up to date before each
//! search: the changed offers are applied in place; a rebuild happens only on the first search,
//! after a bulk change, or after a long pause.

use super::documents::{documents, Which};
use crate::error::AppError;
use crate::offers::engine::Snapshot;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

#[derive(Clone, Debug, Default)]
pub struct OfferIndex {
    current: Arc<RwLock<Snapshot>>,
    /// Held by the one request that updates the index; the others answer from the index as it
    /// is (a search started at the same moment as a change may not see it yet).
    updating: Arc<tokio::sync::Mutex<()>>,
    /// Full builds so far (the first one included), and updates applied in place.
    rebuilds: Arc<AtomicU64>,
    updates: Arc<AtomicU64>,
    stats: crate::search::held::Stats,
}

impl OfferIndex {
    /// Brings the index up to the database's generation of the offers, and returns the
    /// generation it reflects.
    pub async fn refresh(&self, db: &impl ConnectionTrait) -> Result<i64, AppError> {
        let wanted = super::generation(db).await?;
        let held = self.generation();
        if held == Some(wanted) {
            return Ok(wanted);
        }
        let _guard = match (held, self.updating.try_lock()) {
            (_, Ok(guard)) => guard,
            (Some(held), Err(_)) => return Ok(held),
            (None, Err(_)) => self.updating.lock().await,
        };
        let held = self.generation();
        if held == Some(wanted) {
            return Ok(wanted);
        }
        if let Some(from) = held.filter(|&from| from < wanted) {
            if let Some(reached) = self.update(db, from).await? {
                return Ok(reached);
            }
        }
        // Read the counter again: a change made while the rebuild reads is applied next time.
        let generation = super::generation(db).await?;
        let snapshot = Snapshot::build(Some(generation), documents(db, Which::All).await?);
        self.stats.record(snapshot.live_count());
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = snapshot;
        self.rebuilds.fetch_add(1, Ordering::Relaxed);
        Ok(generation)
    }

    /// Runs `read` on the index as it is now (call `refresh` first).
    pub fn read<R>(&self, read: impl FnOnce(&Snapshot) -> R) -> R {
        read(&self.current.read().unwrap_or_else(|e| e.into_inner()))
    }

    /// How many open offers the index holds and when it last changed (`None` before the
    /// first build).
    pub fn status(&self) -> Option<crate::search::held::IndexStatus> {
        self.stats.status()
    }

    /// (full builds, updates in place) since the server started.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.rebuilds.load(Ordering::Relaxed),
            self.updates.load(Ordering::Relaxed),
        )
    }

    /// The generation the index reflects (`None` before it was first built).
    fn generation(&self) -> Option<i64> {
        self.read(|snapshot| snapshot.generation)
    }

    /// Applies the offers changed since generation `from`; `None` when a rebuild is needed.
    async fn update(&self, db: &impl ConnectionTrait, from: i64) -> Result<Option<i64>, AppError> {
        let Some((reached, ids)) = super::changes_since(db, from).await? else {
            return Ok(None);
        };
        let mut found: HashMap<i32, _> = documents(db, Which::Only(&ids))
            .await?
            .into_iter()
            .map(|doc| (doc.id, doc))
            .collect();
        let changes = ids.iter().map(|id| (*id, found.remove(id))).collect();
        let applied = self
            .current
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .apply(reached, changes);
        if applied {
            self.updates.fetch_add(1, Ordering::Relaxed);
            self.stats.record(self.read(|snapshot| snapshot.live_count()));
        }
        Ok(applied.then_some(reached))
    }
}
