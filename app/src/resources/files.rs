//! A resource's file: checked by its content (never by its name), limited in size, kept in the
//! database or, when `RESOURCE_FILES_DIR` is set, in that folder under a name of our own.

use crate::entities::resource_file;
use crate::error::AppError;
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The largest file accepted, in bytes (10 MiB).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The formats accepted, by media type, with the name people know them by.
const FORMATS: [(&str, &str); 7] = [
    ("application/pdf", "PDF"),
    ("application/vnd.oasis.opendocument.text", "ODT"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "DOCX",
    ),
    ("image/png", "PNG"),
    ("image/jpeg", "JPEG"),
    ("image/webp", "WebP"),
    ("image/gif", "GIF"),
];

/// The name of a format (`PDF`) from its media type.
pub fn format_name(media_type: &str) -> &'static str {
    FORMATS
        .iter()
        .find(|(m, _)| *m == media_type)
        .map(|(_, n)| *n)
        .unwrap_or("")
}

/// Why a file is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    /// Not one of the accepted formats, whatever its name says.
    Format,
}

impl Refusal {
    /// Its message (a Fluent key).
    pub fn key(self) -> &'static str {
        match self {
            Refusal::Empty => "resources-file-empty",
            Refusal::TooLarge => "resources-file-too-large",
            Refusal::Format => "resources-file-format",
        }
    }
}

/// The media type of `bytes`, read from their content; `Err` when the file cannot be kept.
pub fn check(bytes: &[u8]) -> Result<&'static str, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Refusal::TooLarge);
    }
    let found = infer::get(bytes).map(|t| t.mime_type()).ok_or(Refusal::Format)?;
    FORMATS
        .iter()
        .find(|(m, _)| *m == found)
        .map(|(m, _)| *m)
        .ok_or(Refusal::Format)
}

/// A file name safe to send back in `Content-Disposition` (letters, digits, `.-_`), keeping
/// the extension of its format.
pub fn clean_name(name: &str, media_type: &str) -> String {
    let stem = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut clean: String = deunicode::deunicode(&stem)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(80)
        .collect();
    if clean.trim_matches('-').is_empty() {
        clean = "resource".into();
    }
    let extension = format_name(media_type).to_ascii_lowercase();
    let extension = if extension == "jpeg" {
        "jpg".to_string()
    } else {
        extension
    };
    format!("{}.{extension}", clean.trim_matches('-'))
}

/// Keeps `bytes` (checked) as the file of resource `resource_id`, replacing any earlier one:
/// in the database, or in `folder` under the content's SHA-256.
pub async fn store(
    db: &impl ConnectionTrait,
    folder: Option<&Path>,
    resource_id: i32,
    uploaded_by: Option<i32>,
    name: &str,
    bytes: &[u8],
) -> Result<Result<(), Refusal>, AppError> {
    let media_type = match check(bytes) {
        Ok(media_type) => media_type,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let sha256 = hex(&Sha256::digest(bytes));
    let (data, stored_name) = match folder {
        Some(folder) => {
            let stored = format!("{sha256}.bin");
            let path: PathBuf = folder.join(&stored);
            tokio::fs::create_dir_all(folder)
                .await
                .map_err(AppError::internal)?;
            tokio::fs::write(&path, bytes).await.map_err(AppError::internal)?;
            (None, Some(stored))
        }
        None => (Some(bytes.to_vec()), None),
    };
    let row = resource_file::ActiveModel {
        resource_id: Set(resource_id),
        file_name: Set(clean_name(name, media_type)),
        media_type: Set(media_type.to_string()),
        size_bytes: Set(bytes.len() as i64),
        sha256: Set(sha256),
        data: Set(data),
        stored_name: Set(stored_name),
        uploaded_by: Set(uploaded_by),
        uploaded_at: Set(Utc::now()),
        ..Default::default()
    };
    resource_file::Entity::insert(row)
        .on_conflict(
            OnConflict::column(resource_file::Column::ResourceId)
                .update_columns([
                    resource_file::Column::FileName,
                    resource_file::Column::MediaType,
                    resource_file::Column::SizeBytes,
                    resource_file::Column::Sha256,
                    resource_file::Column::Data,
                    resource_file::Column::StoredName,
                    resource_file::Column::UploadedBy,
                    resource_file::Column::UploadedAt,
                ])
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(Ok(()))
}

/// The file of resource `resource_id`: its row and its bytes.
pub async fn read(
    db: &impl ConnectionTrait,
    folder: Option<&Path>,
    resource_id: i32,
) -> Result<Option<(resource_file::Model, Vec<u8>)>, AppError> {
    let Some(row) = resource_file::Entity::find()
        .filter(resource_file::Column::ResourceId.eq(resource_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let bytes = match (&row.data, &row.stored_name, folder) {
        (Some(data), _, _) => data.clone(),
        (None, Some(name), Some(folder)) => tokio::fs::read(folder.join(name))
            .await
            .map_err(AppError::internal)?,
        _ => return Err(AppError::internal("a resource file without its bytes")),
    };
    Ok(Some((row, bytes)))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_not_the_name() {
        assert_eq!(check(b"%PDF-1.4\n%..."), Ok("application/pdf"));
        assert_eq!(check(b"MZ\x90\x00 not a document"), Err(Refusal::Format));
        assert_eq!(check(b"<html><script>"), Err(Refusal::Format));
        assert_eq!(check(b""), Err(Refusal::Empty));
        assert_eq!(check(&vec![0u8; MAX_BYTES + 1]), Err(Refusal::TooLarge));
        assert_eq!(
            clean_name("../../Guide RGPD é.exe", "application/pdf"),
            "Guide-RGPD-e.pdf"
        );
    }
}
