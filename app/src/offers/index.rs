//! Keeping the offer search index true on every app server. The database holds each offer's
//! folded search text (`offer_texts`) and, written in the same transaction as every change to
//! offers, a generation counter in `app_meta` with one `offer_index_changes` row per offer the
//! change touched. Each app server keeps one index in memory (`held::OfferIndex`); a search
//! first reads the counter (one primary-key read) and, when it moved, applies the changed
//! offers only (`engine::update`), or rebuilds the index when that cannot be done. So several
//! stateless app servers agree, and a new or changed offer is found by the very next search.

mod documents;
mod held;

pub use held::OfferIndex;

use crate::catalogue::words::fold;
use crate::entities::{
    competence, framework_translation, offer, offer_competence, offer_translation, organisation,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Statement, Value};
use std::collections::BTreeSet;

/// The `app_meta` key of the generation counter.
const GENERATION: &str = "offers.index_generation";
/// More changed offers than this since a server's last search, and it rebuilds its index.
const MOST_CHANGES: usize = 2_000;
/// How long the changes are kept: a server that has not searched for longer rebuilds.
const KEEP_CHANGES: Duration = Duration::days(1);

/// Rewrites the search text of `offer_id` and tells every app server's index it changed.
pub async fn reindex(db: &impl ConnectionTrait, offer_id: i32) -> Result<(), DbErr> {
    write_search_text(db, offer_id).await?;
    changed(db, &[offer_id]).await
}

/// Rebuilds the search text of `offer_id` from its titles, descriptions, organisation name,
/// competence labels (every language) and place.
async fn write_search_text(db: &impl ConnectionTrait, offer_id: i32) -> Result<(), DbErr> {
    let Some(row) = offer::Entity::find_by_id(offer_id).one(db).await? else {
        return Ok(());
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
    write_text(db, offer_id, &fold(&titles.join(" ")), &fold(&body.join(" "))).await
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
                for &id in &offers {
                    write_search_text(txn, id).await?;
                }
                changed(txn, &offers).await
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

/// Tells every app server's index that `offers` changed — all offers when `offers` is empty.
/// Call it in the transaction that changes them: the counter's row stays locked until the
/// transaction ends, so a generation is visible only once every smaller one is.
pub async fn changed(db: &impl ConnectionTrait, offers: &[i32]) -> Result<(), DbErr> {
    let generation = crate::content::generation::bump(db, GENERATION).await?;
    let now = Utc::now();
    let rows: Vec<Option<i32>> = if offers.is_empty() {
        vec![None]
    } else {
        offers
            .iter()
            .copied()
            .map(Some)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    for chunk in rows.chunks(500) {
        let mut insert = Query::insert();
        insert
            .into_table(Alias::new("offer_index_changes"))
            .columns(["generation", "offer_id", "changed_at"].map(Alias::new));
        for offer in chunk {
            insert
                .values([generation.into(), (*offer).into(), now.into()])
                .map_err(|e| DbErr::Custom(e.to_string()))?;
        }
        db.execute(&insert).await?;
    }
    Ok(())
}

/// Tells every app server's index that anything may have changed (bulk imports, tests).
pub async fn touch(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    changed(db, &[]).await
}

/// Forgets the changes older than a day (the housekeeping job).
pub async fn sweep(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let delete = Query::delete()
        .from_table(Alias::new("offer_index_changes"))
        .and_where(Expr::col(Alias::new("changed_at")).lt(now - KEEP_CHANGES))
        .to_owned();
    Ok(db.execute(&delete).await?.rows_affected())
}

/// The database's generation of the offers (0 before any change).
async fn generation(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    crate::content::generation::read(db, GENERATION).await
}

/// The offers changed after generation `from`, and the generation they bring the index to;
/// `None` when the index must be rebuilt instead (everything changed, too many changes, or
/// some were already swept).
async fn changes_since(db: &impl ConnectionTrait, from: i64) -> Result<Option<(i64, Vec<i32>)>, DbErr> {
    let table = "offer_index_changes";
    let found = crate::content::generation::rows_since(db, table, "offer_id", from, MOST_CHANGES).await?;
    let Some((reached, rows)) = found else {
        return Ok(None);
    };
    let mut offers = BTreeSet::new();
    for row in &rows {
        // No offer: everything changed.
        match row.try_get_by_index::<Option<i32>>(1)? {
            Some(id) => offers.insert(id),
            None => return Ok(None),
        };
    }
    Ok(Some((reached, offers.into_iter().collect())))
}
