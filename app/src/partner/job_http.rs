//! The job-profile proposals of the partner space: a new profile (sent for review at once) and
//! a change to a published one (a revision for review).

use super::item_http::{editor, save_item, ItemAction};
use super::job_form::JobProfileForm;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/partner/job-profiles/new", post(propose))
        .route("/{lang}/partner/job-profiles/{id}", post(change))
}

async fn propose(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    if form.action::<ItemAction>() == Some(ItemAction::Preview) {
        return Ok(form.preview().await);
    }
    let Some(value) = form.parse::<JobProfileForm>() else {
        return Ok(form.back().await);
    };
    super::job_edit::propose_new(&state.db, &viewer, &value).await?;
    let to = Route::PartnerJobProfiles.at(form.lang);
    Ok(done(&form.session, &to, Message::new("partner-notice-job-proposed")).await)
}

#[derive(Deserialize)]
struct JobPath {
    id: String,
}

async fn change(
    State(state): State<AppState>,
    Path(JobPath { id }): Path<JobPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    save_item::<JobProfileForm>(&state, &viewer, id, form).await
}
