//! The index one app server holds, and how it stays true: before each search, one read of the
//! database's generation; when it moved, the items changed since are read and replaced (or the
//! whole index rebuilt when that cannot be done). Two servers on one database see the same
//! items after their next search. Cloning shares the index (it lives in `AppState`).

use super::changes;
use super::documents;
use super::index::{Hit, Kind, SearchIndex};
use crate::error::AppError;
use sea_orm::ConnectionTrait;
use std::sync::Arc;
use tokio::sync::Mutex;

struct Held {
    index: Arc<SearchIndex>,
    generation: i64,
}

/// This app server's search index (empty until the first search builds it).
#[derive(Clone, Default)]
pub struct SiteSearch(Arc<Mutex<Option<Held>>>);

impl std::fmt::Debug for SiteSearch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SiteSearch")
    }
}

fn failed(error: tantivy::TantivyError) -> AppError {
    AppError::internal(format!("search index: {error}"))
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
                return Ok(h.index.clone());
            }
        }
        let index = SearchIndex::new().map_err(failed)?;
        let docs = documents::everything(db).await?;
        index
            .replace(docs.into_iter().map(|d| (d.kind, d.id, Some(d))).collect())
            .map_err(failed)?;
        let index = Arc::new(index);
        *held = Some(Held {
            index: index.clone(),
            generation,
        });
        Ok(index)
    }

    /// Every item matching `query` among `kinds` (all when empty), the best first.
    pub async fn search(
        &self,
        db: &impl ConnectionTrait,
        query: &str,
        kinds: &[Kind],
    ) -> Result<Vec<Hit>, AppError> {
        let index = self.current(db).await?;
        let query = query.to_string();
        let kinds = kinds.to_vec();
        tokio::task::spawn_blocking(move || index.search(&query, &kinds))
            .await
            .map_err(|e| AppError::internal(format!("search task: {e}")))?
            .map_err(failed)
    }
}
