//! Generation counters in `app_meta`: a number raised in the transaction of a change, whose row
//! stays locked until the transaction ends, so a generation is visible only once every smaller
//! one is. Indexes kept in each app server's memory (offers, the site-wide search) read it to
//! learn, in one primary-key read, whether anything changed since they last looked.

use crate::entities::app_meta;
use sea_orm::sea_query::{Alias, Query};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Statement, Value};

/// Raises counter `key` by one and returns its new value (1 the first time).
pub async fn bump(db: &impl ConnectionTrait, key: &str) -> Result<i64, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        sea_orm::DbBackend::Sqlite => {
            "INSERT INTO app_meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE \
             SET value = CAST(CAST(app_meta.value AS INTEGER) + 1 AS TEXT) RETURNING value"
        }
        _ => {
            "INSERT INTO app_meta (key, value) VALUES ($1, '1') ON CONFLICT (key) DO UPDATE \
             SET value = CAST(CAST(app_meta.value AS BIGINT) + 1 AS TEXT) RETURNING value"
        }
    };
    let row = db
        .query_one_raw(Statement::from_sql_and_values(backend, sql, [Value::from(key)]))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(key.into()))?;
    let value: String = row.try_get_by_index(0)?;
    value
        .parse()
        .map_err(|_| DbErr::Custom(format!("{key} is not a number: {value}")))
}

/// Counter `key`'s value (0 before any change).
pub async fn read(db: &impl ConnectionTrait, key: &str) -> Result<i64, DbErr> {
    Ok(app_meta::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .and_then(|m| m.value.parse().ok())
        .unwrap_or(0))
}

/// The rows of change log `table` written after generation `from`: `generation` first, then
/// `columns`, in order, with the generation they bring an index to; `None` when the index must
/// be rebuilt instead (more than `most` rows, or none or a gap while the counter moved: rows
/// were swept — every generation writes at least one row).
pub async fn rows_since(
    db: &impl ConnectionTrait,
    table: &str,
    columns: &str,
    from: i64,
    most: usize,
) -> Result<Option<(i64, Vec<sea_orm::QueryResult>)>, DbErr> {
    let backend = db.get_database_backend();
    let (after, limit) = match backend {
        sea_orm::DbBackend::Sqlite => ("?", "?"),
        _ => ("$1", "$2"),
    };
    let sql = format!(
        "SELECT generation, {columns} FROM {table} WHERE generation > {after} ORDER BY generation LIMIT {limit}"
    );
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [Value::from(from), Value::from(most as i64 + 1)],
        ))
        .await?;
    if rows.is_empty() || rows.len() > most {
        return Ok(None);
    }
    let mut reached = from;
    for row in &rows {
        let generation: i64 = row.try_get_by_index(0)?;
        if generation != reached && generation != reached + 1 {
            return Ok(None);
        }
        reached = generation;
    }
    Ok(Some((reached, rows)))
}

/// Raises counter `key` and writes one row per entry of `rows` to change log `table`: the new
/// generation, the entry's values for `columns`, and the time (call it in the transaction of
/// the change). Returns the generation.
pub async fn log_changes(
    db: &impl ConnectionTrait,
    key: &str,
    table: &str,
    columns: &[&str],
    rows: &[Vec<Value>],
) -> Result<i64, DbErr> {
    let generation = bump(db, key).await?;
    let now = chrono::Utc::now();
    let names = std::iter::once("generation")
        .chain(columns.iter().copied())
        .chain(std::iter::once("changed_at"))
        .map(Alias::new);
    for chunk in rows.chunks(500) {
        let mut insert = Query::insert();
        insert.into_table(Alias::new(table)).columns(names.clone());
        for row in chunk {
            let values = std::iter::once(Value::from(generation))
                .chain(row.iter().cloned())
                .chain(std::iter::once(Value::from(now)))
                .map(Into::into);
            insert.values(values).map_err(|e| DbErr::Custom(e.to_string()))?;
        }
        db.execute(&insert).await?;
    }
    Ok(generation)
}
