//! The administration forms: a user's role and memberships (`POST /{lang}/admin/users/{id}`).

use crate::accounts::users;
use crate::auth::model::Role;
use crate::entities::{organisation, organisation_member, user};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/admin/users/{id}", post(submit))
        .route("/{lang}/admin/jobs", post(jobs))
        .merge(super::organisation_http::routes())
}

/// The form of the jobs page.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum JobAction {
    /// Run a failed job again, now.
    Retry,
}

async fn jobs(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Admin)) {
        return Err(AppError::Forbidden);
    }
    let Some(JobAction::Retry) = form.action::<JobAction>() else {
        return Ok(form.back().await);
    };
    let id = form.raw("id").parse::<i32>().unwrap_or(-1);
    if !crate::background::retry(&state.db, id).await? {
        form.reject("_form", Message::new("admin-jobs-retry-invalid"));
        return Ok(form.back().await);
    }
    Ok(done(
        &form.session,
        &form.path,
        Message::new("admin-notice-job-retried"),
    )
    .await)
}

/// The address of a user's administration page.
#[derive(Deserialize)]
struct UserPath {
    id: String,
}

/// The forms of a user's page.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum UserAction {
    Role,
    AddMembership,
    RemoveMembership,
}

async fn submit(
    State(state): State<AppState>,
    Path(UserPath { id }): Path<UserPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    // The authorization layer already required an administrator; checked again here.
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Admin)) {
        return Err(AppError::Forbidden);
    }
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let target = users::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let notice = match form.action::<UserAction>() {
        None => return Ok(form.back().await),
        Some(UserAction::Role) => set_role(&state, &mut form, target).await?,
        Some(UserAction::AddMembership) => add_membership(&state, &mut form, target).await?,
        Some(UserAction::RemoveMembership) => remove_membership(&state, &mut form, target).await?,
    };
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    Ok(done(&form.session, &form.path, Message::new(notice)).await)
}

async fn set_role(
    state: &AppState,
    form: &mut Submission,
    target: user::Model,
) -> Result<&'static str, AppError> {
    let role = Role::parse(form.raw("role")).filter(|r| Role::STORED.contains(r));
    let Some(role) = role else {
        form.reject("role", Message::new("admin-role-invalid"));
        return Ok("");
    };
    if target.role == Role::Admin && role != Role::Admin && users::admin_count(&state.db).await? <= 1 {
        form.reject("role", Message::new("admin-last-admin"));
        return Ok("");
    }
    let mut active: user::ActiveModel = target.into();
    active.role = Set(role);
    active.update(&state.db).await?;
    Ok("admin-notice-role-saved")
}

/// The organisation the form names, if it exists (else a message on the field).
async fn organisation_of(state: &AppState, form: &mut Submission) -> Result<Option<i32>, AppError> {
    let found = match form.raw("organisation_id").parse::<i32>() {
        Ok(id) => organisation::Entity::find_by_id(id).one(&state.db).await?,
        Err(_) => None,
    };
    if found.is_none() {
        form.reject("organisation_id", Message::new("admin-organisation-invalid"));
    }
    Ok(found.map(|o| o.id))
}

async fn add_membership(
    state: &AppState,
    form: &mut Submission,
    target: user::Model,
) -> Result<&'static str, AppError> {
    let Some(organisation_id) = organisation_of(state, form).await? else {
        return Ok("");
    };
    let inserted = organisation_member::ActiveModel {
        user_id: Set(target.id),
        organisation_id: Set(organisation_id),
        role: Set(crate::auth::model::MembershipRole::Editor),
    }
    .insert(&state.db)
    .await;
    match inserted {
        Ok(_) => Ok("admin-notice-membership-added"),
        Err(error) if users::is_unique_violation(&error) => {
            form.reject("organisation_id", Message::new("admin-membership-exists"));
            Ok("")
        }
        Err(error) => Err(error.into()),
    }
}

async fn remove_membership(
    state: &AppState,
    form: &mut Submission,
    target: user::Model,
) -> Result<&'static str, AppError> {
    let Some(organisation_id) = organisation_of(state, form).await? else {
        return Ok("");
    };
    organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::UserId.eq(target.id))
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .exec(&state.db)
        .await?;
    Ok("admin-notice-membership-removed")
}
