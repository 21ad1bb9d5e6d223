//! Generation counters in `app_meta`: a number raised in the transaction of a change, whose row
//! stays locked until the transaction ends, so a generation is visible only once every smaller
//! one is. Indexes kept in each app server's memory (offers, the site-wide search) read it to
//! learn, in one primary-key read, whether anything changed since they last looked.

use crate::entities::app_meta;
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
