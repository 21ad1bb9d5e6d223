//! The webinar forms of the partner space (new, save, submit) and the organisers' registrations.

use super::item_http::{create_item, editor, save_item};
use super::webinar_form::WebinarForm;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::forms::Submission;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/partner/webinars/new", post(create))
        .route("/{lang}/partner/webinars/{id}", post(save))
        .merge(super::webinar_registrations::routes())
}

async fn create(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    create_item::<WebinarForm>(&state, &editor(&context)?, form).await
}

#[derive(Deserialize)]
struct ItemPath {
    id: String,
}

async fn save(
    State(state): State<AppState>,
    Path(ItemPath { id }): Path<ItemPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    save_item::<WebinarForm>(&state, &viewer, id, form).await
}
