//! Keeping the offer search index true on every app server. The database holds each offer's
//! folded search text (`offer_texts`) and a generation mark in `app_meta`, replaced in the same
//! transaction as every change to offers. Each app server keeps one index in memory
//! (`engine::Snapshot`); a search first reads the mark (one primary-key read) and, when it
//! changed, rebuilds the index from the database. So several stateless app servers agree, and
//! a new or changed offer is found by the very next search.

use super::engine::{Document, Snapshot};
use super::search::fold;
use crate::content::ContentStatus;
use crate::entities::{
    app_meta, competence, framework_translation, offer, offer_competence, offer_translation, organisation,
};
use crate::error::AppError;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, Statement,
    Value,
};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The `app_meta` key of the generation mark.
const GENERATION: &str = "offers.search_generation";
/// Offers whose text is read per query while the index is built.
const BATCH: u64 = 5_000;

/// Rebuilds the search text of `offer_id` from its titles, descriptions, organisation name,
/// competence labels (every language) and place, and marks the index out of date.
pub async fn reindex(db: &impl ConnectionTrait, offer_id: i32) -> Result<(), DbErr> {
    let Some(row) = offer::Entity::find_by_id(offer_id).one(db).await? else {
        return touch(db).await;
    };
    let texts = offer_translation::Entity::find()
        .filter(offer_translation::Column::OfferId.eq(offer_id))
        .all(db)
        .await?;
    let organisation = organisation::Entity::find_by_id(row.organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let competence_ids: Vec<i32> = offer_competence::Entity::find()
        .filter(offer_competence::Column::OfferId.eq(offer_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.competence_id)
        .collect();
    let keys: Vec<String> = competence::Entity::find()
        .filter(competence::Column::Id.is_in(competence_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| format!("competence:{}", c.code))
        .collect();
    let labels: Vec<String> = framework_translation::Entity::find()
        .filter(framework_translation::Column::ElementKey.is_in(keys))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.label)
        .collect();
    let titles: Vec<&str> = texts.iter().map(|t| t.title.as_str()).collect();
    let mut body: Vec<&str> = texts.iter().map(|t| t.description_md.as_str()).collect();
    body.push(&organisation);
    body.extend(labels.iter().map(String::as_str));
    if let Some(city) = &row.city {
        body.push(city);
    }
    write_text(db, offer_id, &fold(&titles.join(" ")), &fold(&body.join(" "))).await?;
    touch(db).await
}

/// The write path's listener: a changed offer's search text is rewritten (that offer only),
/// an organisation's new name reaches its offers, and an offer published now counts as new
/// for the saved-search alerts.
pub fn on_change<'a>(
    txn: &'a sea_orm::DatabaseTransaction,
    change: &'a crate::content::write::Change,
) -> futures::future::BoxFuture<'a, Result<(), DbErr>> {
    use crate::content::ContentKind;
    use futures::FutureExt;
    async move {
        match change.kind {
            ContentKind::Offer => {
                if change.published_now() {
                    offer::Entity::update_many()
                        .col_expr(
                            offer::Column::PostedAt,
                            sea_orm::sea_query::Expr::value(Utc::now()),
                        )
                        .filter(offer::Column::Id.eq(change.id))
                        .exec(txn)
                        .await?;
                }
                reindex(txn, change.id).await
            }
            ContentKind::Organisation => {
                let offers: Vec<i32> = offer::Entity::find()
                    .filter(offer::Column::OrganisationId.eq(change.id))
                    .select_only()
                    .column(offer::Column::Id)
                    .into_tuple()
                    .all(txn)
                    .await?;
                for id in offers {
                    reindex(txn, id).await?;
                }
                touch(txn).await
            }
            _ => Ok(()),
        }
    }
    .boxed()
}

/// Replaces the search text of one offer (already folded).
pub async fn write_text(
    db: &impl ConnectionTrait,
    offer_id: i32,
    title: &str,
    body: &str,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let (delete, insert) = match backend {
        sea_orm::DbBackend::Sqlite => (
            "DELETE FROM offer_texts WHERE offer_id = ?",
            "INSERT INTO offer_texts (offer_id, title, body) VALUES (?, ?, ?)",
        ),
        _ => (
            "DELETE FROM offer_texts WHERE offer_id = $1",
            "INSERT INTO offer_texts (offer_id, title, body) VALUES ($1, $2, $3)",
        ),
    };
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        delete,
        [Value::from(offer_id)],
    ))
    .await?;
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        insert,
        [Value::from(offer_id), Value::from(title), Value::from(body)],
    ))
    .await?;
    Ok(())
}

/// Marks every app server's index out of date (call it in the transaction that changes
/// offers, their translations, competences or organisations' names).
pub async fn touch(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    use rand::RngCore;
    let mark = format!("{:016x}", rand::thread_rng().next_u64());
    app_meta::Entity::insert(app_meta::ActiveModel {
        key: Set(GENERATION.into()),
        value: Set(mark),
    })
    .on_conflict(
        OnConflict::column(app_meta::Column::Key)
            .update_column(app_meta::Column::Value)
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

async fn generation(db: &impl ConnectionTrait) -> Result<Option<String>, DbErr> {
    Ok(app_meta::Entity::find_by_id(GENERATION.to_string())
        .one(db)
        .await?
        .map(|m| m.value))
}

/// One app server's index (in `AppState`).
#[derive(Clone, Debug, Default)]
pub struct OfferIndex {
    current: Arc<RwLock<Option<Arc<Snapshot>>>>,
    rebuilding: Arc<tokio::sync::Mutex<()>>,
}

impl OfferIndex {
    /// The index, rebuilt first when the offers changed. While one request rebuilds it,
    /// others searching at the same moment are answered from the previous index.
    pub async fn snapshot(&self, db: &impl ConnectionTrait) -> Result<Arc<Snapshot>, AppError> {
        let wanted = generation(db).await?;
        let held = self.current.read().ok().and_then(|c| c.clone());
        if let Some(held) = &held {
            if held.generation == wanted {
                return Ok(held.clone());
            }
        }
        let _guard = match (&held, self.rebuilding.try_lock()) {
            (_, Ok(guard)) => guard,
            (Some(held), Err(_)) => return Ok(held.clone()),
            (None, Err(_)) => self.rebuilding.lock().await,
        };
        if let Some(now) = self.current.read().ok().and_then(|c| c.clone()) {
            if now.generation == wanted {
                return Ok(now);
            }
        }
        // Read the mark again inside the rebuild: a change made after it is seen next time.
        let generation = generation(db).await?;
        let snapshot = Arc::new(Snapshot::build(generation, documents(db).await?));
        if let Ok(mut current) = self.current.write() {
            *current = Some(snapshot.clone());
        }
        Ok(snapshot)
    }
}

/// Every published offer with its search text.
async fn documents(db: &impl ConnectionTrait) -> Result<Vec<Document>, DbErr> {
    type Row = (
        i32,
        String,
        Option<String>,
        Option<String>,
        String,
        i32,
        DateTime<Utc>,
        Option<NaiveDate>,
    );
    let rows: Vec<Row> = offer::Entity::find()
        .filter(offer::Column::Status.eq(ContentStatus::Published))
        .select_only()
        .columns([
            offer::Column::Id,
            offer::Column::Kind,
            offer::Column::Country,
            offer::Column::City,
            offer::Column::WorkMode,
            offer::Column::OrganisationId,
            offer::Column::PostedAt,
            offer::Column::ValidUntil,
        ])
        .order_by_asc(offer::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut documents: Vec<Document> = rows
        .into_iter()
        .map(
            |(id, kind, country, city, work_mode, organisation_id, posted_at, valid_until)| Document {
                id,
                kind,
                country,
                city,
                work_mode,
                organisation_id,
                posted_at,
                valid_until,
                ..Default::default()
            },
        )
        .collect();
    let position: HashMap<i32, usize> = documents.iter().enumerate().map(|(n, d)| (d.id, n)).collect();
    let langs: Vec<(i32, String)> = offer_translation::Entity::find()
        .select_only()
        .columns([
            offer_translation::Column::OfferId,
            offer_translation::Column::Lang,
        ])
        .into_tuple()
        .all(db)
        .await?;
    for (id, lang) in langs {
        if let Some(&n) = position.get(&id) {
            documents[n].langs.push(lang);
        }
    }
    let competences: Vec<(i32, i32)> = offer_competence::Entity::find()
        .select_only()
        .columns([
            offer_competence::Column::OfferId,
            offer_competence::Column::CompetenceId,
        ])
        .into_tuple()
        .all(db)
        .await?;
    for (id, competence) in competences {
        if let Some(&n) = position.get(&id) {
            documents[n].competence_ids.push(competence);
        }
    }
    // The text in batches, so a large catalogue is never held twice.
    let backend = db.get_database_backend();
    let mut after = i32::MIN;
    loop {
        let sql = match backend {
            sea_orm::DbBackend::Sqlite => {
                "SELECT offer_id, title, body FROM offer_texts WHERE offer_id > ? ORDER BY offer_id LIMIT ?"
            }
            _ => {
                "SELECT offer_id, title, body FROM offer_texts WHERE offer_id > $1 ORDER BY offer_id LIMIT $2"
            }
        };
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [Value::from(after), Value::from(BATCH as i64)],
            ))
            .await?;
        for row in &rows {
            let id: i32 = row.try_get_by_index(0)?;
            after = id;
            if let Some(&n) = position.get(&id) {
                documents[n].title = row.try_get_by_index(1)?;
                documents[n].body = row.try_get_by_index(2)?;
            }
        }
        if (rows.len() as u64) < BATCH {
            break;
        }
    }
    Ok(documents)
}
