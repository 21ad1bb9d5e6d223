//! Moving a site's data: `server export DIR` writes every table as JSON Lines with a manifest
//! (versions, row counts, checksums); `server import DIR` loads it into an empty database of
//! either kind in one transaction and checks the counts; `server backup FILE` writes a
//! consistent copy of a running SQLite site; `server restore FILE` loads such a copy into an
//! empty database of either kind. Moving from SQLite to PostgreSQL is an export and an import.
//!
//! Tables are read and written through the SeaORM entities (`tables`): each column's type comes
//! from its entity, so a value is read and written as the same type on both databases (times
//! to the microsecond, which both keep; bytes as base64). Tables are loaded parents first, in
//! the order of the target's foreign keys.

pub mod backup;
pub mod dump;
pub mod load;
pub mod manifest;
pub mod tables;
pub mod values;

/// A problem that stops an export, an import, a backup or a restore: the message names it.
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error("{0}")]
    Refused(String),
    #[error("{path}: {source}")]
    File { path: String, source: std::io::Error },
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
}

impl TransferError {
    pub fn file(path: &std::path::Path, source: std::io::Error) -> TransferError {
        TransferError::File {
            path: path.display().to_string(),
            source,
        }
    }
}

/// Refuses with `message`.
pub fn refuse<T>(message: impl Into<String>) -> Result<T, TransferError> {
    Err(TransferError::Refused(message.into()))
}
