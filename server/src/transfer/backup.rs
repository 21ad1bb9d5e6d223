//! `server backup FILE`: a consistent copy of a running SQLite site in one file (SQLite's
//! `VACUUM INTO`, which reads one snapshot while the site keeps writing). On PostgreSQL the
//! database's own tool does it (`pg_dump`), and the command says so. `server restore FILE`:
//! loads such a copy into an empty database of either kind, after bringing a copy of it up to
//! this version's schema (the file itself is never changed).

use super::{load, refuse, TransferError};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use std::path::{Path, PathBuf};

pub const PG_DUMP_HOW: &str = "on PostgreSQL, back up with the database's own tool: \
    pg_dump --format=custom --file=FILE \"$DATABASE_URL\", and restore with \
    pg_restore --no-owner --dbname=\"$DATABASE_URL\" FILE into an empty database (docs/operating.md)";

pub async fn backup(db: &DatabaseConnection, file: &Path) -> Result<(), TransferError> {
    if db.get_database_backend() == DbBackend::Postgres {
        return refuse(PG_DUMP_HOW);
    }
    if file.exists() {
        return refuse(format!(
            "{} exists: a backup never overwrites; choose a new name",
            file.display()
        ));
    }
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return refuse(format!(
            "cannot write {}: the folder {} does not exist",
            file.display(),
            folder.display()
        ));
    }
    let Some(path) = file.to_str() else {
        return refuse(format!("{}: the path is not valid UTF-8", file.display()));
    };
    let statement = Statement::from_sql_and_values(DbBackend::Sqlite, "VACUUM INTO ?", [path.into()]);
    if let Err(error) = db.execute_raw(statement).await {
        return refuse(format!("cannot write the backup to {}: {error}", file.display()));
    }
    Ok(())
}

/// A copy of the backup in the temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

/// Loads the backup `file` into `db`; returns the rows restored.
pub async fn restore(db: &DatabaseConnection, file: &Path) -> Result<u64, TransferError> {
    if !file.is_file() {
        return refuse(format!("{} does not exist", file.display()));
    }
    let scratch = Scratch(std::env::temp_dir().join(format!(
        "sta-restore-{}-{}.db",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    )));
    std::fs::copy(file, &scratch.0).map_err(|e| TransferError::file(file, e))?;
    let url = format!("sqlite://{}?mode=rw", scratch.0.display());
    let source = match crate::db::connect(&url).await {
        Ok(source) => source,
        Err(error) => return refuse(format!("{} is not a SQLite database: {error}", file.display())),
    };
    let is_ours = source
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT COUNT(*) AS n FROM seaql_migrations",
        ))
        .await
        .is_ok();
    if !is_ours {
        return refuse(format!(
            "{} is not a backup of this site (it has no migrations table)",
            file.display()
        ));
    }
    // An older backup is brought up to this version's schema first (on the copy).
    Migrator::up(&source, None).await?;
    let rows = load::copy(&source, db).await;
    let _ = source.close().await;
    rows
}
