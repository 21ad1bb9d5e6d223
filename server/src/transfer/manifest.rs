//! `manifest.json`: what an export holds — the format, the versions that wrote it (the app's,
//! and the schema: the name of the last migration), each table's file, row count and SHA-256,
//! and a hash of all the content. An import refuses another format or schema, and a file whose
//! checksum differs, before it writes anything.

use super::{refuse, TransferError};
use migration::{Migrator, MigratorTrait};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

pub const FORMAT: &str = "social-tech-academy/export";
pub const FORMAT_VERSION: u32 = 1;
pub const FILE: &str = "manifest.json";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    /// The version of the server that wrote it.
    pub app_version: String,
    /// The last migration applied to the exported database.
    pub schema: String,
    pub exported_at: String,
    /// `sqlite` or `postgres`.
    pub source: String,
    pub tables: Vec<TableFile>,
    /// SHA-256 of every table's name and checksum, one per line, by name: equal for equal data,
    /// whichever database it came from.
    pub content_hash: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableFile {
    pub name: String,
    pub file: String,
    pub rows: u64,
    pub sha256: String,
}

/// The schema this server has: its last migration's name.
pub fn current_schema() -> String {
    Migrator::migrations()
        .last()
        .map(|m| m.name().to_string())
        .unwrap_or_default()
}

/// The hash of all the content from the tables' checksums.
pub fn content_hash(tables: &[TableFile]) -> String {
    let mut sorted: Vec<&TableFile> = tables.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut hasher = Sha256::new();
    for table in sorted {
        hasher.update(format!("{}:{}\n", table.name, table.sha256));
    }
    hex(&hasher.finalize())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads `dir/manifest.json` and checks it was written by this version's format and schema.
pub fn read(dir: &Path) -> Result<Manifest, TransferError> {
    let path = dir.join(FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| TransferError::file(&path, e))?;
    let manifest: Manifest = match serde_json::from_str(&text) {
        Ok(manifest) => manifest,
        Err(error) => {
            return refuse(format!(
                "{}: not a manifest of an export ({error})",
                path.display()
            ))
        }
    };
    if manifest.format != FORMAT || manifest.format_version != FORMAT_VERSION {
        return refuse(format!(
            "{}: format {} version {}, this server reads {FORMAT} version {FORMAT_VERSION}",
            path.display(),
            manifest.format,
            manifest.format_version
        ));
    }
    let ours = current_schema();
    if manifest.schema != ours {
        return refuse(format!(
            "this export was made by another version (schema {}, app {}); this server has schema {ours}: \
             import it with the version that made it, then upgrade",
            manifest.schema, manifest.app_version
        ));
    }
    Ok(manifest)
}

/// Checks every table file's SHA-256 against the manifest.
pub fn verify_files(dir: &Path, manifest: &Manifest) -> Result<(), TransferError> {
    for table in &manifest.tables {
        let path = dir.join(&table.file);
        let bytes = std::fs::read(&path).map_err(|e| TransferError::file(&path, e))?;
        if hex(&Sha256::digest(&bytes)) != table.sha256 {
            return refuse(format!(
                "{}: its checksum differs from the manifest's (the file was changed or cut short)",
                path.display()
            ));
        }
    }
    Ok(())
}
