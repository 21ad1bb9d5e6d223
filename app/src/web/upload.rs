//! Forms that send a file (`multipart/form-data`): which addresses may send a large body, reading
//! the form's fields and its one file, and checking its CSRF token like every other form's.

use crate::error::AppError;
use axum::extract::Multipart;
use axum::response::Response;
use std::collections::HashMap;
use tower_sessions::Session;

/// The largest body of a file form: the largest file (a resource's, 10 MiB) and a little for
/// the other fields.
pub const UPLOAD_LIMIT: usize = crate::resources::files::MAX_BYTES + 64 * 1024;

/// Whether `path` is a file form (its body may be as large as `UPLOAD_LIMIT`): a resource's
/// file, an organisation's logo, an interview's portrait.
pub fn is_upload(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    matches!(
        parts.as_slice(),
        [_, "partner", "resources", _, "file"]
            | [_, "partner", "organisations", _, "logo"]
            | [_, "partner", "interviews", _, "portrait"]
    )
}

/// A file form as sent: its text fields and its file (empty when none was chosen).
#[derive(Default)]
pub struct Upload {
    fields: HashMap<String, String>,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl Upload {
    /// Reads the form; the file is the field named `file`.
    pub async fn read(multipart: &mut Multipart) -> Result<Upload, AppError> {
        let mut upload = Upload::default();
        while let Some(field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
            let name = field.name().unwrap_or_default().to_string();
            if name == "file" {
                upload.file_name = field.file_name().unwrap_or_default().to_string();
                upload.bytes = field
                    .bytes()
                    .await
                    .map_err(|_| AppError::PayloadTooLarge)?
                    .to_vec();
            } else {
                let text = field.text().await.map_err(|_| AppError::BadRequest)?;
                upload.fields.insert(name, text);
            }
        }
        Ok(upload)
    }

    /// A text field's value ("" when absent).
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or_default()
    }

    /// `None` when the form's CSRF token is this session's; else the answer to send (back to
    /// `page`, saying the form expired).
    pub async fn refused(&self, session: &Session, page: &str) -> Option<Response> {
        let existing = session
            .get::<String>(crate::auth::session::CSRF_KEY)
            .await
            .ok()
            .flatten();
        let sent = self.fields.get(crate::web::flash::CSRF_FIELD).map(String::as_str);
        if crate::web::guard::token_matches(existing.as_deref(), sent) {
            return None;
        }
        Some(crate::web::guard::csrf_failure(session, page, None).await)
    }
}
