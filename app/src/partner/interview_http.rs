//! The interview and organisation-profile forms of the partner space.

use super::interview_form::InterviewForm;
use super::item_http::{create_item, editor, save_item};
use super::profile_form::ProfileForm;
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
        .route("/{lang}/partner/interviews/new", post(create))
        .route("/{lang}/partner/interviews/{id}", post(save_interview))
        .route("/{lang}/partner/organisations/{id}", post(save_profile))
}

async fn create(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    create_item::<InterviewForm>(&state, &editor(&context)?, form).await
}

#[derive(Deserialize)]
struct ItemPath {
    id: String,
}

async fn save_interview(
    State(state): State<AppState>,
    Path(ItemPath { id }): Path<ItemPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    save_item::<InterviewForm>(&state, &viewer, id, form).await
}

async fn save_profile(
    State(state): State<AppState>,
    Path(ItemPath { id }): Path<ItemPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    save_item::<ProfileForm>(&state, &viewer, id, form).await
}
