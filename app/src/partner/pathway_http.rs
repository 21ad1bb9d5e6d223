//! The pathway forms of the partner space: a new pathway, the pathway itself, its outline of
//! steps, and each step (`pathway_steps`).

use super::item_http::{create_item, editor, save_item};
use super::pathway_form::PathwayForm;
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
        .route("/{lang}/partner/pathways/new", post(create))
        .route("/{lang}/partner/pathways/{id}", post(save_pathway))
        .route("/{lang}/partner/pathways/{id}/steps", post(outline))
        .route("/{lang}/partner/pathways/{id}/steps/{n}", post(step))
}

async fn create(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    create_item::<PathwayForm>(&state, &editor(&context)?, form).await
}

#[derive(Deserialize)]
struct PathwayPath {
    id: String,
}

#[derive(Deserialize)]
struct StepPath {
    id: String,
    n: String,
}

fn number<T: std::str::FromStr>(raw: &str) -> Result<T, AppError> {
    raw.parse::<T>().map_err(|_| AppError::NotFound)
}

async fn save_pathway(
    State(state): State<AppState>,
    Path(PathwayPath { id }): Path<PathwayPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    save_item::<PathwayForm>(&state, &viewer, number(&id)?, form).await
}

async fn outline(
    State(state): State<AppState>,
    Path(PathwayPath { id }): Path<PathwayPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    super::pathway_steps::outline(&state, &viewer, number(&id)?, form).await
}

async fn step(
    State(state): State<AppState>,
    Path(StepPath { id, n }): Path<StepPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    super::pathway_steps::step(&state, &viewer, number(&id)?, number(&n)?, form).await
}
