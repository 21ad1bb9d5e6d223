//! Reading the test database directly: one value, or one column.

use crate::support::TestApp;
use sea_orm::{ConnectionTrait, Statement};

/// One value of a single-value SQL query.
pub async fn scalar(app: &TestApp, sql: &str) -> i64 {
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(backend, sql.to_string()))
        .await
        .unwrap_or_else(|e| panic!("[{}] {sql}: {e}", app.name))
        .unwrap_or_else(|| panic!("[{}] {sql}: no row", app.name));
    row.try_get_by_index::<i64>(0)
        .or_else(|_| row.try_get_by_index::<i32>(0).map(i64::from))
        .unwrap_or_else(|e| panic!("[{}] {sql}: {e}", app.name))
}

/// One text value of a single-value SQL query.
pub async fn text(app: &TestApp, sql: &str) -> String {
    let backend = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(backend, sql.to_string()))
        .await
        .unwrap_or_else(|e| panic!("[{}] {sql}: {e}", app.name))
        .unwrap_or_else(|| panic!("[{}] {sql}: no row", app.name));
    row.try_get_by_index::<String>(0)
        .unwrap_or_else(|e| panic!("[{}] {sql}: {e}", app.name))
}

/// Every value of a one-column query, as text.
pub async fn texts(app: &TestApp, sql: &str) -> Vec<String> {
    let backend = app.db.get_database_backend();
    app.db
        .query_all_raw(Statement::from_string(backend, sql.to_string()))
        .await
        .unwrap_or_else(|e| panic!("[{}] {sql}: {e}", app.name))
        .into_iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap_or_default())
        .collect()
}

/// An audit log entry made at `at` (retention and transfer fixtures).
pub fn audit_entry(at: chrono::DateTime<chrono::Utc>) -> app::entities::audit_log::ActiveModel {
    use sea_orm::Set;
    app::entities::audit_log::ActiveModel {
        at: Set(at),
        actor_id: Set(None),
        action: Set("approve".into()),
        item_kind: Set("offer".into()),
        item_id: Set(1),
        organisation_id: Set(None),
        detail: Set(None),
        changes: Set(None),
        ..Default::default()
    }
}
