//! The administration forms: a user's role and memberships (`POST /{lang}/admin/users/{id}`).

use crate::accounts::context::RequestContext;
use crate::accounts::http::{done, internal, lang_of, Submission};
use crate::accounts::model::{Message, Role};
use crate::accounts::users;
use crate::entities::{organisation, organisation_member, user};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Extension, Form, Router};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/admin/users/{id}", post(submit))
}

async fn submit(
    State(state): State<AppState>,
    session: Session,
    Path((lang, id)): Path<(String, String)>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    // The authorization layer already required an administrator; checked again here.
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Admin)) {
        return http::StatusCode::FORBIDDEN.into_response();
    }
    let Ok(id) = id.parse::<i32>() else {
        return http::StatusCode::NOT_FOUND.into_response();
    };
    let target = match users::find(&state.db, id).await {
        Ok(Some(user)) => user,
        Ok(None) => return http::StatusCode::NOT_FOUND.into_response(),
        Err(error) => return internal(error),
    };
    let form = Submission::new(
        session,
        lang,
        format!("/{}/admin/users/{id}", lang.code()),
        fields,
    );
    match form.raw("action") {
        "role" => set_role(&state, form, target).await,
        "add-membership" => add_membership(&state, form, target).await,
        "remove-membership" => remove_membership(&state, form, target).await,
        _ => form.back().await,
    }
}

async fn set_role(state: &AppState, mut form: Submission, target: user::Model) -> Response {
    let role = Role::parse(form.raw("role")).filter(|r| Role::STORED.contains(r));
    let Some(role) = role else {
        form.reject("role", Message::new("admin-role-invalid"));
        return form.back().await;
    };
    if target.role == Role::Admin.code() && role != Role::Admin {
        match users::admin_count(&state.db).await {
            Ok(count) if count <= 1 => {
                form.reject("role", Message::new("admin-last-admin"));
                return form.back().await;
            }
            Ok(_) => {}
            Err(error) => return internal(error),
        }
    }
    let mut active: user::ActiveModel = target.into();
    active.role = Set(role.code().into());
    if let Err(error) = active.update(&state.db).await {
        return internal(error);
    }
    let path = form.path.clone();
    done(&form.session, &path, Message::new("admin-notice-role-saved")).await
}

async fn organisation_of(state: &AppState, form: &mut Submission) -> Result<Option<i32>, Response> {
    let Ok(id) = form.raw("organisation_id").parse::<i32>() else {
        form.reject("organisation_id", Message::new("admin-organisation-invalid"));
        return Ok(None);
    };
    match organisation::Entity::find_by_id(id).one(&state.db).await {
        Ok(Some(_)) => Ok(Some(id)),
        Ok(None) => {
            form.reject("organisation_id", Message::new("admin-organisation-invalid"));
            Ok(None)
        }
        Err(error) => Err(internal(error)),
    }
}

async fn add_membership(state: &AppState, mut form: Submission, target: user::Model) -> Response {
    let organisation_id = match organisation_of(state, &mut form).await {
        Ok(Some(id)) => id,
        Ok(None) => return form.back().await,
        Err(response) => return response,
    };
    let existing = organisation_member::Entity::find_by_id((target.id, organisation_id))
        .one(&state.db)
        .await;
    match existing {
        Ok(Some(_)) => {
            form.reject("organisation_id", Message::new("admin-membership-exists"));
            return form.back().await;
        }
        Ok(None) => {}
        Err(error) => return internal(error),
    }
    let inserted = organisation_member::ActiveModel {
        user_id: Set(target.id),
        organisation_id: Set(organisation_id),
        role: Set("editor".into()),
    }
    .insert(&state.db)
    .await;
    if let Err(error) = inserted {
        if users::is_unique_violation(&error) {
            form.reject("organisation_id", Message::new("admin-membership-exists"));
            return form.back().await;
        }
        return internal(error);
    }
    let path = form.path.clone();
    done(
        &form.session,
        &path,
        Message::new("admin-notice-membership-added"),
    )
    .await
}

async fn remove_membership(state: &AppState, mut form: Submission, target: user::Model) -> Response {
    let organisation_id = match organisation_of(state, &mut form).await {
        Ok(Some(id)) => id,
        Ok(None) => return form.back().await,
        Err(response) => return response,
    };
    if let Err(error) = organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::UserId.eq(target.id))
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .exec(&state.db)
        .await
    {
        return internal(error);
    }
    let path = form.path.clone();
    done(
        &form.session,
        &path,
        Message::new("admin-notice-membership-removed"),
    )
    .await
}
