//! `GET /{lang}/resources/{slug}/file`: a resource's file, sent as an attachment under a
//! clean name with its checked media type. Published resources only, except for those who may
//! read the draft (its editors, moderators).

use crate::auth::permissions::{can, Action};
use crate::content::write::item;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::resource;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/resources/{slug}/file", get(download))
}

#[derive(Deserialize)]
struct FilePath {
    #[allow(dead_code)]
    lang: String,
    slug: String,
}

async fn download(
    State(state): State<AppState>,
    Path(path): Path<FilePath>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    if !crate::catalogue::query::is_slug(&path.slug) {
        return Err(AppError::NotFound);
    }
    let row = resource::Entity::find()
        .filter(resource::Column::Slug.eq(&path.slug))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.status != ContentStatus::Published {
        let found = item(&state.db, ContentKind::Resource, row.id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !can(context.viewer.as_ref(), Action::ReadDraft, &found) {
            return Err(if row.status == ContentStatus::Archived {
                AppError::Gone
            } else {
                AppError::NotFound
            });
        }
    }
    let (file, bytes) = super::files::read(&state.db, state.files_dir.as_deref(), row.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let disposition = format!("attachment; filename=\"{}\"", file.file_name);
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, file.media_type.as_str()),
        (header::CONTENT_DISPOSITION, disposition.as_str()),
        (header::CACHE_CONTROL, "public, max-age=3600"),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    }
    Ok(response)
}
