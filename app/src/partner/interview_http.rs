//! The interview and organisation-profile forms of the partner space.

use super::editing::acting_org;
use super::interview_form::InterviewForm;
use super::item_http::{editor, save_item, ItemAction};
use super::profile_form::ProfileForm;
use crate::content::ContentKind;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
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
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let named = form.raw("org").to_string();
    let org = acting_org(&state.db, &viewer, Some(&named)).await?;
    if org.slug != named {
        form.reject(FORM_ERROR, Message::new("form-error-invalid"));
        return Ok(form.back().await);
    }
    if form.action::<ItemAction>() == Some(ItemAction::Preview) {
        return Ok(form.preview().await);
    }
    let Some(value) = form.parse::<InterviewForm>() else {
        return Ok(form.back().await);
    };
    let id = super::interview_edit::create(&state.db, &viewer, &org, &value).await?;
    let to = Route::PartnerItem(ContentKind::Interview, id).at(form.lang);
    Ok(done(&form.session, &to, Message::new("partner-notice-draft-created")).await)
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
