//! Connecting to the database, migrating it, and loading the demo content on first start.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};

/// Connects to `url`; for SQLite, creates the folder of the file and switches on WAL mode.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_file(url) {
        if let Some(dir) = std::path::Path::new(&path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
        }
    }
    let mut options = ConnectOptions::new(url.to_string());
    options.sqlx_logging(false);
    // Every pooled SQLite connection: foreign keys on, a 32 MiB page cache and memory-mapped
    // reads (the search of 100,000 offers reads a few thousand pages).
    options.map_sqlx_sqlite_opts(|opts| {
        opts.foreign_keys(true)
            .pragma("cache_size", "-32000")
            .pragma("mmap_size", "268435456")
    });
    let db = Database::connect(options).await?;
    if db.get_database_backend() == DbBackend::Sqlite {
        // WAL lets readers work while a write is in progress; it is stored in the file.
        db.execute_unprepared("PRAGMA journal_mode=WAL;").await?;
        db.execute_unprepared("PRAGMA foreign_keys=ON;").await?;
    }
    Ok(db)
}

/// The file path of a `sqlite:` URL, when it names a file.
pub fn sqlite_file(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or("");
    (!path.is_empty() && path != ":memory:").then(|| path.to_string())
}

/// Applies pending migrations, then loads the demo content when asked and not loaded before.
pub async fn prepare(db: &DatabaseConnection, demo_content: bool) -> Result<(), Box<dyn std::error::Error>> {
    Migrator::up(db, None).await?;
    if demo_content && app::catalogue::seed::load_demo_content_once(db).await? {
        tracing::info!("demo content loaded");
    }
    if demo_content && app::offers::seed::load_once(db).await? {
        tracing::info!("demo offers loaded");
    }
    if demo_content && app::resources::seed::load_once(db).await? {
        tracing::info!("demo resources loaded");
    }
    if demo_content && app::pathways::seed::load_once(db).await? {
        tracing::info!("demo pathways loaded");
    }
    if demo_content && app::webinars::seed::load_once(db).await? {
        tracing::info!("demo webinars loaded");
    }
    if demo_content && app::accounts::demo::load_once(db).await? {
        tracing::info!("demo accounts loaded (passwords in the README; never use them in production)");
    }
    if demo_content && app::partner::demo::load_once(db).await? {
        tracing::info!("demo of the publishing workflow loaded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_sqlite_paths() {
        assert_eq!(
            super::sqlite_file("sqlite://data/x.db?mode=rwc").as_deref(),
            Some("data/x.db")
        );
        assert_eq!(super::sqlite_file("sqlite::memory:"), None);
        assert_eq!(super::sqlite_file("postgres://u@h/db"), None);
    }
}
