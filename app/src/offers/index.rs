//! Keeping the offer filter index true on every app server. The database holds, written in the
//! same transaction as every change to offers, a generation counter in `app_meta` with one `offer_index_changes` row per offer the
//! change touched. Each app server keeps one index in memory (`held::OfferIndex`); a search
//! first reads the counter (one primary-key read) and, when it moved, applies the changed
//! offers only (`engine::update`), or rebuilds the index when that cannot be done. So several
//! stateless app servers agree, and a new or changed offer is found by the very next search.

mod documents;
mod held;

pub use held::OfferIndex;

use crate::entities::offer;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::BTreeSet;

/// The `app_meta` key of the generation counter.
const GENERATION: &str = "offers.index_generation";
/// More changed offers than this since a server's last search, and it rebuilds its index.
const MOST_CHANGES: usize = 2_000;
/// How long the changes are kept: a server that has not searched for longer rebuilds.
const KEEP_CHANGES: Duration = Duration::days(1);

/// Tells every app server's indexes (the filters' and the words') that `offer_id` changed.
pub async fn reindex(db: &impl ConnectionTrait, offer_id: i32) -> Result<(), DbErr> {
    crate::search::changes::record(db, &[(crate::search::index::Kind::Offer, offer_id)]).await?;
    changed(db, &[offer_id]).await
}

/// The write path's listener: a changed offer (or an organisation's offers) is read again by
/// every server's filter index (the text index has its own listener), and an offer published
/// now counts as new for the saved-search alerts.
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
                changed(txn, &[change.id]).await
            }
            // Its offers are found by its name: searches cached on them are out of date.
            ContentKind::Organisation => {
                let offers: Vec<i32> = offer::Entity::find()
                    .filter(offer::Column::OrganisationId.eq(change.id))
                    .select_only()
                    .column(offer::Column::Id)
                    .into_tuple()
                    .all(txn)
                    .await?;
                if offers.is_empty() {
                    // `changed` with no offer means every offer.
                    return Ok(());
                }
                changed(txn, &offers).await
            }
            _ => Ok(()),
        }
    }
    .boxed()
}

/// Tells every app server's index that `offers` changed — all offers when `offers` is empty.
/// Call it in the transaction that changes them: the counter's row stays locked until the
/// transaction ends, so a generation is visible only once every smaller one is.
pub async fn changed(db: &impl ConnectionTrait, offers: &[i32]) -> Result<(), DbErr> {
    // No offer named: one row without an offer, read as "everything changed".
    let rows: Vec<Vec<sea_orm::Value>> = if offers.is_empty() {
        vec![vec![Option::<i32>::None.into()]]
    } else {
        offers
            .iter()
            .copied()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|offer| vec![Some(offer).into()])
            .collect()
    };
    crate::content::generation::log_changes(db, GENERATION, "offer_index_changes", &["offer_id"], &rows)
        .await?;
    Ok(())
}

/// Tells every app server's indexes that anything may have changed (bulk imports, tests).
pub async fn touch(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    crate::search::changes::touch(db).await?;
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
