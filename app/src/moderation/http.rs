//! `POST /{lang}/moderation`: set or remove an organisation's verified mark;
//! `POST /{lang}/moderation/{kind}/{id}`: approve or reject an item in review (or its change).

use crate::auth::model::Role;
use crate::entities::organisation;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Checked};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde::Deserialize;
use validator::Validate;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/moderation", post(submit))
        .route("/{lang}/moderation/{kind}/{id}", post(decide))
}

/// The buttons of the review form.
#[derive(Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum Decision {
    Approve,
    Reject,
}

/// The review form: a decision, and a comment the editors read (required to reject).
#[derive(Deserialize, Validate)]
struct DecisionForm {
    action: Decision,
    #[serde(default)]
    #[validate(length(max = 4000, code = "partner-error-too-long"))]
    comment: String,
}

#[derive(Deserialize)]
struct ReviewPath {
    kind: String,
    id: String,
}

async fn decide(
    State(state): State<AppState>,
    Path(ReviewPath { kind, id }): Path<ReviewPath>,
    Extension(context): Extension<RequestContext>,
    Checked { value, mut form }: Checked<DecisionForm>,
) -> Result<Response, AppError> {
    let viewer = context
        .viewer
        .clone()
        .filter(|v| v.can(Role::Moderator))
        .ok_or(AppError::Forbidden)?;
    let kind = crate::content::ContentKind::from_segment(&kind).ok_or(AppError::NotFound)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let comment = value.comment.trim().to_string();
    if value.action == Decision::Reject && comment.is_empty() {
        form.reject("comment", Message::new("moderation-comment-required"));
        return Ok(form.back().await);
    }
    let approve = value.action == Decision::Approve;
    let comment = Some(comment).filter(|c| !c.is_empty());
    match super::review::decide(&state, &viewer, kind, id, approve, comment).await {
        Ok(()) => {}
        Err(AppError::Conflict) => {
            // Decided by someone else meanwhile, or not in review any more.
            form.reject(FORM_ERROR, Message::new("moderation-already-decided"));
            return Ok(form.back().await);
        }
        Err(error) => return Err(error),
    }
    let notice = if approve {
        "moderation-notice-approved"
    } else {
        "moderation-notice-rejected"
    };
    let to = Route::Moderation.at(form.lang);
    Ok(done(&form.session, &to, Message::new(notice)).await)
}

/// The forms of the moderation page.
#[derive(Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum ModerationAction {
    Verify,
    Unverify,
}

/// One organisation's verified mark, set or removed.
#[derive(Deserialize, Validate)]
struct VerifyForm {
    action: ModerationAction,
    organisation_id: i32,
}

async fn submit(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Checked { value, mut form }: Checked<VerifyForm>,
) -> Result<Response, AppError> {
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Moderator)) {
        return Err(AppError::Forbidden);
    }
    let found = organisation::Entity::find_by_id(value.organisation_id)
        .one(&state.db)
        .await?;
    let Some(org) = found else {
        form.reject("organisation_id", Message::new("admin-organisation-invalid"));
        return Ok(form.back().await);
    };
    let mut active: organisation::ActiveModel = org.into();
    active.verified = Set(value.action == ModerationAction::Verify);
    active.update(&state.db).await?;
    Ok(done(&form.session, &form.path, Message::new("moderation-notice-saved")).await)
}
