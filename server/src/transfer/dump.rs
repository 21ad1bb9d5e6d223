//! Reading tables: a page of rows as JSON objects, and `server export DIR`.

use super::manifest::{self, Manifest, TableFile, FORMAT, FORMAT_VERSION};
use super::tables::{self, Table};
use super::values::read;
use super::{refuse, TransferError};
use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query::{Alias, Order, Query};
use sea_orm::{
    AccessMode, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, IsolationLevel, TransactionTrait,
};
use serde_json::{Map, Value as Json};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// Rows `offset..offset + table.page_rows()` of `table`, by primary key, as JSON objects.
pub async fn page(
    db: &impl ConnectionTrait,
    table: &Table,
    offset: u64,
) -> Result<Vec<Map<String, Json>>, DbErr> {
    let mut select = Query::select();
    select.from(Alias::new(table.name));
    for (column, _) in &table.columns {
        select.column(Alias::new(*column));
    }
    for key in &table.primary_key {
        select.order_by(Alias::new(*key), Order::Asc);
    }
    select.limit(table.page_rows()).offset(offset);
    let rows = db.query_all(&select).await?;
    rows.iter()
        .map(|row| {
            let mut object = Map::new();
            for (column, kind) in &table.columns {
                object.insert((*column).to_string(), read(row, column, *kind)?);
            }
            Ok(object)
        })
        .collect()
}

/// Writes every table of `db` into the new folder `dir` (one `{table}.jsonl` each, rows by
/// primary key) and the manifest last, from one snapshot of the database (it may keep
/// serving meanwhile).
pub async fn export(db: &DatabaseConnection, dir: &Path) -> Result<Manifest, TransferError> {
    let pending = Migrator::get_pending_migrations(db).await?;
    if !pending.is_empty() {
        return refuse(format!(
            "the database is {} migration(s) behind this server: run `server migrate` first",
            pending.len()
        ));
    }
    if dir.exists()
        && std::fs::read_dir(dir)
            .map_err(|e| TransferError::file(dir, e))?
            .next()
            .is_some()
    {
        return refuse(format!(
            "{} is not empty: an export goes into a new folder",
            dir.display()
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| TransferError::file(dir, e))?;
    let mut all = tables::all()?;
    tables::check_coverage(db, &all).await?;
    all.sort_by_key(|t| t.name);
    let backend = db.get_database_backend();
    // One snapshot: every table as it was at the same moment.
    let txn = match backend {
        DbBackend::Postgres => {
            db.begin_with_config(Some(IsolationLevel::RepeatableRead), Some(AccessMode::ReadOnly))
                .await?
        }
        _ => db.begin().await?,
    };
    let mut files = Vec::new();
    for table in &all {
        let name = format!("{}.jsonl", table.name);
        let path = dir.join(&name);
        let file = std::fs::File::create(&path).map_err(|e| TransferError::file(&path, e))?;
        let mut out = std::io::BufWriter::new(file);
        let mut hasher = Sha256::new();
        let mut rows = 0u64;
        loop {
            let page = page(&txn, table, rows).await?;
            for object in &page {
                let mut line =
                    serde_json::to_string(object).map_err(|e| TransferError::Refused(e.to_string()))?;
                line.push('\n');
                hasher.update(line.as_bytes());
                out.write_all(line.as_bytes())
                    .map_err(|e| TransferError::file(&path, e))?;
            }
            rows += page.len() as u64;
            if (page.len() as u64) < table.page_rows() {
                break;
            }
        }
        out.flush().map_err(|e| TransferError::file(&path, e))?;
        files.push(TableFile {
            name: table.name.to_string(),
            file: name,
            rows,
            sha256: manifest::hex(&hasher.finalize()),
        });
    }
    txn.commit().await?;
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        app_version: env!("CARGO_PKG_VERSION").into(),
        schema: manifest::current_schema(),
        exported_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        source: match backend {
            DbBackend::Postgres => "postgres".into(),
            _ => "sqlite".into(),
        },
        content_hash: manifest::content_hash(&files),
        tables: files,
    };
    let path = dir.join(manifest::FILE);
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| TransferError::Refused(e.to_string()))?;
    std::fs::write(&path, text + "\n").map_err(|e| TransferError::file(&path, e))?;
    Ok(manifest)
}
