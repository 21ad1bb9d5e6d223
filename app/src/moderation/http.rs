//! `POST /{lang}/moderation`: set or remove an organisation's verified mark.

use crate::accounts::context::RequestContext;
use crate::accounts::http::{done, internal, lang_of, Submission};
use crate::accounts::model::{Message, Role};
use crate::entities::organisation;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Extension, Form, Router};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/moderation", post(submit))
}

async fn submit(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Moderator)) {
        return http::StatusCode::FORBIDDEN.into_response();
    }
    let mut form = Submission::new(session, lang, format!("/{}/moderation", lang.code()), fields);
    let verified = match form.raw("action") {
        "verify" => true,
        "unverify" => false,
        _ => return form.back().await,
    };
    let found = match form.raw("organisation_id").parse::<i32>() {
        Ok(id) => organisation::Entity::find_by_id(id).one(&state.db).await,
        Err(_) => Ok(None),
    };
    let org = match found {
        Ok(Some(org)) => org,
        Ok(None) => {
            form.reject("organisation_id", Message::new("admin-organisation-invalid"));
            return form.back().await;
        }
        Err(error) => return internal(error),
    };
    let mut active: organisation::ActiveModel = org.into();
    active.verified = Set(verified);
    if let Err(error) = active.update(&state.db).await {
        return internal(error);
    }
    let path = form.path.clone();
    done(&form.session, &path, Message::new("moderation-notice-saved")).await
}
