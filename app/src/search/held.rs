//! The index one app server holds, and how it stays true: before each search, one read of the
//! database's generation; when it moved, the items changed since are read and replaced (or the
//! whole index rebuilt when that cannot be done). Two servers on one database see the same
//! items after their next search. Cloning shares the index (it lives in `AppState`).

use super::changes;
use super::documents;
use super::index::{Found, Hit, Kind, Scope, SearchIndex};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::ConnectionTrait;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::Mutex;

struct Held {
    index: Arc<SearchIndex>,
    generation: i64,
}

/// This app server's search index (empty until the first search builds it).
#[derive(Clone, Default)]
pub struct SiteSearch(Arc<Mutex<Option<Held>>>, Stats);

/// Size and age of an index held in memory (readiness and metrics), read without waiting for
/// a build in progress.
#[derive(Clone, Debug, Default)]
pub struct Stats(Arc<(AtomicU64, AtomicI64)>);

/// What `Stats` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexStatus {
    pub documents: u64,
    /// When its content last changed (built, or changes applied).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Stats {
    /// The index now holds `documents`.
    pub fn record(&self, documents: u64) {
        self.0 .0.store(documents, Ordering::Relaxed);
        self.0
             .1
            .store(chrono::Utc::now().timestamp_millis(), Ordering::Relaxed);
    }

    /// `None` before the first build.
    pub fn status(&self) -> Option<IndexStatus> {
        let at = self.0 .1.load(Ordering::Relaxed);
        (at != 0).then(|| IndexStatus {
            documents: self.0 .0.load(Ordering::Relaxed),
            updated_at: chrono::DateTime::from_timestamp_millis(at).unwrap_or_default(),
        })
    }
}

impl std::fmt::Debug for SiteSearch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SiteSearch")
    }
}

fn failed(error: tantivy::TantivyError) -> AppError {
    AppError::internal(format!("search index: {error}"))
}

/// Whether a lookup ranks what it finds.
#[derive(Clone, Copy)]
enum Ranking {
    Best,
    None,
}

impl SiteSearch {
    /// The index as the database is now.
    pub async fn current(&self, db: &impl ConnectionTrait) -> Result<Arc<SearchIndex>, AppError> {
        let generation = changes::current(db).await?;
        let mut held = self.0.lock().await;
        if let Some(h) = held.as_mut() {
            if h.generation == generation {
                return Ok(h.index.clone());
            }
            if let Some((reached, items)) = changes::since(db, h.generation).await? {
                let replaced = documents::changes(db, &items).await?;
                h.index.replace(replaced).map_err(failed)?;
                h.generation = reached;
                self.1.record(h.index.len());
                return Ok(h.index.clone());
            }
        }
        let index = Arc::new(SearchIndex::new().map_err(failed)?);
        for kind in Kind::ALL {
            let ids = documents::published_ids(db, kind).await?;
            for batch in ids.chunks(documents::BATCH) {
                let docs = documents::of_kind(db, kind, Some(batch)).await?;
                let adding = index.clone();
                // Indexing is work for a processor, not for the threads answering requests.
                blocking(move || adding.replace(docs.into_iter().map(|d| (d.kind, d.id, Some(d))).collect()))
                    .await?;
            }
        }
        let compacting = index.clone();
        blocking(move || compacting.compact()).await?;
        self.1.record(index.len());
        *held = Some(Held {
            index: index.clone(),
            generation,
        });
        Ok(index)
    }

    /// How many documents the index holds and when it last changed (`None` before it was
    /// first built).
    pub fn status(&self) -> Option<IndexStatus> {
        self.1.status()
    }

    /// Every item matching `query` among `kinds` (all when empty) and in `lang`'s items (all
    /// when `None`), the best first.
    pub async fn find(
        &self,
        db: &impl ConnectionTrait,
        query: &str,
        kinds: &[Kind],
        lang: Option<Lang>,
    ) -> Result<Found, AppError> {
        self.lookup(db, query, kinds, lang, Ranking::Best).await
    }

    /// The same items in no particular order (see `SearchIndex::find_unordered`).
    pub async fn find_unordered(
        &self,
        db: &impl ConnectionTrait,
        query: &str,
        kinds: &[Kind],
        lang: Option<Lang>,
    ) -> Result<Found, AppError> {
        self.lookup(db, query, kinds, lang, Ranking::None).await
    }

    async fn lookup(
        &self,
        db: &impl ConnectionTrait,
        query: &str,
        kinds: &[Kind],
        lang: Option<Lang>,
        ranking: Ranking,
    ) -> Result<Found, AppError> {
        let index = self.current(db).await?;
        let (query, kinds) = (query.to_string(), kinds.to_vec());
        blocking(move || {
            let scope = Scope { kinds: &kinds, lang };
            match ranking {
                Ranking::Best => index.find(&query, scope),
                Ranking::None => index.find_unordered(&query, scope),
            }
        })
        .await
    }

    /// Every item matching `query` among `kinds` (all when empty), the best first.
    pub async fn search(
        &self,
        db: &impl ConnectionTrait,
        query: &str,
        kinds: &[Kind],
    ) -> Result<Vec<Hit>, AppError> {
        Ok(self.find(db, query, kinds, None).await?.hits)
    }

    /// A spelling of `query` that finds something, when it has words no item holds.
    pub async fn suggest(
        &self,
        db: &impl ConnectionTrait,
        query: &str,
        kinds: &[Kind],
        lang: Option<Lang>,
    ) -> Result<Option<String>, AppError> {
        let index = self.current(db).await?;
        let (query, kinds) = (query.to_string(), kinds.to_vec());
        blocking(move || index.suggest(&query, Scope { kinds: &kinds, lang })).await
    }
}

/// Runs a search off the async threads (it reads the index for a while).
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> tantivy::Result<T> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::internal(format!("search task: {e}")))?
        .map_err(failed)
}
