//! `POST /{lang}/moderation`: set or remove an organisation's verified mark.

use crate::auth::model::Role;
use crate::entities::organisation;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Checked};
use axum::extract::State;
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde::Deserialize;
use validator::Validate;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/moderation", post(submit))
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
