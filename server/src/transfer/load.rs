//! Writing tables into an empty database, in one transaction: `server import DIR` from an
//! export's files, and `copy` from another database (what `server restore` uses). Any problem
//! — a line that is not JSON, a value of the wrong kind, a count that differs — rolls it all
//! back and names the file and line.

use super::manifest::{self, Manifest};
use super::tables::{self, Table};
use super::values::bind;
use super::{dump, refuse, TransferError};
use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query::{Alias, Query};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, Statement, TransactionTrait, Value,
};
use serde_json::{Map, Value as Json};
use std::io::BufRead;
use std::path::Path;

/// Rows inserted per statement, at most; and bytes of JSON, at most (files are large).
const BATCH: usize = 200;
const BATCH_BYTES: usize = 16 * 1024 * 1024;

/// Loads the export in `dir` into `db` (migrated here; it must hold no rows).
pub async fn import(db: &DatabaseConnection, dir: &Path) -> Result<Manifest, TransferError> {
    let manifest = manifest::read(dir)?;
    manifest::verify_files(dir, &manifest)?;
    let order = prepare_target(db).await?;
    for table in &order {
        if !manifest.tables.iter().any(|t| t.name == table.name) {
            return refuse(format!("the manifest has no file for table {}", table.name));
        }
    }
    if let Some(extra) = manifest
        .tables
        .iter()
        .find(|t| !order.iter().any(|o| o.name == t.name))
    {
        return refuse(format!(
            "the export has a table this server does not know: {}",
            extra.name
        ));
    }
    let txn = db.begin().await?;
    for table in &order {
        let Some(entry) = manifest.tables.iter().find(|t| t.name == table.name) else {
            continue;
        };
        let path = dir.join(&entry.file);
        let file = std::fs::File::open(&path).map_err(|e| TransferError::file(&path, e))?;
        let mut batch = Vec::with_capacity(BATCH);
        let mut batch_bytes = 0;
        for (index, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| TransferError::file(&path, e))?;
            let at = || format!("{} line {}", path.display(), index + 1);
            let object: Map<String, Json> = match serde_json::from_str(&line) {
                Ok(object) => object,
                Err(error) => return refuse(format!("{}: not a JSON object ({error})", at())),
            };
            batch.push(
                row_values(table, &object)
                    .map_err(|reason| TransferError::Refused(format!("{}: {reason}", at())))?,
            );
            batch_bytes += line.len();
            if batch.len() == BATCH || batch_bytes >= BATCH_BYTES {
                insert(&txn, table, std::mem::take(&mut batch)).await?;
                batch_bytes = 0;
            }
        }
        insert(&txn, table, batch).await?;
        check_count(&txn, table, entry.rows).await?;
    }
    reset_sequences(&txn, &order).await?;
    txn.commit().await?;
    Ok(manifest)
}

/// Copies every table of `source` into `target` (migrated here; it must hold no rows), in one
/// transaction of the target; returns the rows copied.
pub async fn copy(source: &DatabaseConnection, target: &DatabaseConnection) -> Result<u64, TransferError> {
    tables::check_coverage(source, &tables::all()?).await?;
    let order = prepare_target(target).await?;
    let txn = target.begin().await?;
    let mut total = 0;
    for table in &order {
        let mut copied = 0u64;
        loop {
            let page = dump::page(source, table, copied).await?;
            let read = page.len() as u64;
            let rows = page
                .iter()
                .map(|object| row_values(table, object))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|reason| TransferError::Refused(format!("{}: {reason}", table.name)))?;
            for chunk in rows.chunks(BATCH) {
                insert(&txn, table, chunk.to_vec()).await?;
            }
            copied += read;
            if read < table.page_rows() {
                break;
            }
        }
        check_count(&txn, table, copied).await?;
        total += copied;
    }
    reset_sequences(&txn, &order).await?;
    txn.commit().await?;
    Ok(total)
}

/// Migrates `db`, checks it holds no rows, and gives the tables in loading order.
async fn prepare_target(db: &DatabaseConnection) -> Result<Vec<Table>, TransferError> {
    Migrator::up(db, None).await?;
    let all = tables::all()?;
    tables::check_coverage(db, &all).await?;
    for table in &all {
        let rows = count(db, table.name).await?;
        if rows > 0 {
            return refuse(format!(
                "the database is not empty ({} has {rows} rows): load into a new SQLite file or an empty PostgreSQL database",
                table.name
            ));
        }
    }
    tables::ordered(db, all).await
}

/// A row's values in the table's column order; every column must be there, and no other.
fn row_values(table: &Table, object: &Map<String, Json>) -> Result<Vec<Value>, String> {
    if let Some(unknown) = object.keys().find(|k| !table.columns.iter().any(|(c, _)| c == k)) {
        return Err(format!(
            "{}.{unknown} is not a column of this version",
            table.name
        ));
    }
    table
        .columns
        .iter()
        .map(|(column, kind)| {
            let value = object
                .get(*column)
                .ok_or_else(|| format!("column {column} is missing"))?;
            bind(value, *kind).map_err(|reason| format!("column {column}: {reason}"))
        })
        .collect()
}

async fn insert(
    txn: &DatabaseTransaction,
    table: &Table,
    rows: Vec<Vec<Value>>,
) -> Result<(), TransferError> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut statement = Query::insert();
    statement
        .into_table(Alias::new(table.name))
        .columns(table.columns.iter().map(|(c, _)| Alias::new(*c)));
    for row in rows {
        statement
            .values(row.into_iter().map(Into::into))
            .map_err(|e| TransferError::Refused(format!("{}: {e}", table.name)))?;
    }
    txn.execute(&statement)
        .await
        .map_err(|e| TransferError::Refused(format!("{}: {e}", table.name)))?;
    Ok(())
}

async fn count(db: &impl ConnectionTrait, table: &str) -> Result<u64, TransferError> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await?;
    let n: i64 = match row {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
    Ok(n as u64)
}

async fn check_count(txn: &DatabaseTransaction, table: &Table, expected: u64) -> Result<(), TransferError> {
    let found = count(txn, table.name).await?;
    if found != expected {
        return refuse(format!(
            "{}: {found} rows loaded, {expected} expected",
            table.name
        ));
    }
    Ok(())
}

/// On PostgreSQL, moves each `id` sequence past the ids loaded (SQLite needs nothing).
async fn reset_sequences(txn: &DatabaseTransaction, tables: &[Table]) -> Result<(), TransferError> {
    if txn.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let numbered = |t: &&Table| {
        t.primary_key == ["id"]
            && t.columns.iter().any(|(c, kind)| {
                *c == "id" && matches!(kind, super::values::Kind::Int | super::values::Kind::BigInt)
            })
    };
    for table in tables.iter().filter(numbered) {
        let name = table.name;
        txn.execute_unprepared(&format!(
            "SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
        ))
        .await?;
    }
    Ok(())
}
