//! What changed, for every app server's index: in the transaction of each change to content,
//! the `search.generation` counter is raised and one `search_changes` row per item touched is
//! written with it. A server compares the counter with the generation its index reflects and
//! applies the items changed since, or rebuilds when it cannot (too many, or already swept).

use super::index::Kind;
use crate::content::generation;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DbErr, Value};
use std::collections::BTreeSet;

/// The `app_meta` key of the counter.
pub const GENERATION: &str = "search.generation";
/// More changed items than this since a server's last search, and it rebuilds its index.
const MOST_CHANGES: usize = 2_000;
/// How long the changes are kept: a server that has not searched for longer rebuilds.
const KEEP_CHANGES: Duration = Duration::days(1);

/// Records that `items` changed (in the transaction of the change).
pub async fn record(db: &impl ConnectionTrait, items: &[(Kind, i32)]) -> Result<(), DbErr> {
    if items.is_empty() {
        return Ok(());
    }
    let unique: BTreeSet<(Kind, i32)> = items.iter().copied().collect();
    let rows: Vec<Vec<Value>> = unique
        .into_iter()
        .map(|(kind, id)| vec![kind.code().into(), id.into()])
        .collect();
    generation::log_changes(db, GENERATION, "search_changes", &["kind", "item_id"], &rows).await?;
    Ok(())
}

/// Tells every app server to rebuild its index (bulk imports): the counter moves with no
/// change recorded, which `since` reads as "rebuild".
pub async fn touch(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    generation::bump(db, GENERATION).await.map(|_| ())
}

/// The database's generation (0 before any change).
pub async fn current(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    generation::read(db, GENERATION).await
}

/// The items changed after generation `from`, and the generation they bring the index to;
/// `None` when the index must be rebuilt instead (too many changes, or some already swept).
pub async fn since(db: &impl ConnectionTrait, from: i64) -> Result<Option<(i64, Vec<(Kind, i32)>)>, DbErr> {
    let found = generation::rows_since(db, "search_changes", "kind, item_id", from, MOST_CHANGES).await?;
    let Some((reached, rows)) = found else {
        return Ok(None);
    };
    let mut items = BTreeSet::new();
    for row in &rows {
        let kind: String = row.try_get_by_index(1)?;
        let id: i32 = row.try_get_by_index(2)?;
        if let Some(kind) = Kind::parse(&kind) {
            items.insert((kind, id));
        }
    }
    Ok(Some((reached, items.into_iter().collect())))
}

/// Forgets the changes older than a day (the housekeeping job).
pub async fn sweep(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let delete = Query::delete()
        .from_table(Alias::new("search_changes"))
        .and_where(Expr::col(Alias::new("changed_at")).lt(now - KEEP_CHANGES))
        .to_owned();
    Ok(db.execute(&delete).await?.rows_affected())
}

/// The write path's listener: the changed item, and for an organisation the items that show
/// its name (its offers).
pub fn on_change<'a>(
    txn: &'a sea_orm::DatabaseTransaction,
    change: &'a crate::content::write::Change,
) -> futures::future::BoxFuture<'a, Result<(), DbErr>> {
    use futures::FutureExt;
    async move {
        let Some(kind) = Kind::of(change.kind) else {
            return Ok(());
        };
        let mut items = vec![(kind, change.id)];
        if kind == Kind::Organisation {
            use crate::entities::offer;
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
            let offers: Vec<i32> = offer::Entity::find()
                .filter(offer::Column::OrganisationId.eq(change.id))
                .select_only()
                .column(offer::Column::Id)
                .into_tuple()
                .all(txn)
                .await?;
            items.extend(offers.into_iter().map(|id| (Kind::Offer, id)));
        }
        record(txn, &items).await
    }
    .boxed()
}
