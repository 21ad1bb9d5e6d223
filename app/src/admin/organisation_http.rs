//! The organisation forms of the administration: create one, and on its page verify, archive,
//! publish again, remove an editor, invite an editor by e-mail.

use super::organisations::{self, NewOrganisation};
use crate::auth::model::{Role, Viewer};
use crate::auth::permissions::Action;
use crate::content::write::change_status;
use crate::content::ContentKind;
use crate::entities::organisation;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use sea_orm::EntityTrait;
use serde::Deserialize;
use validator::ValidateEmail;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/admin/organisations", post(create))
        .route("/{lang}/admin/organisations/{id}", post(act))
}

fn admin(context: &RequestContext) -> Result<Viewer, AppError> {
    context
        .viewer
        .clone()
        .filter(|v| v.can(Role::Admin))
        .ok_or(AppError::Forbidden)
}

async fn create(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = admin(&context)?;
    let website = Some(form.text("website")).filter(|w| !w.is_empty());
    let new = NewOrganisation {
        name: form.text("name"),
        kind: form.text("kind"),
        country: form.text("country"),
        city: form.text("city"),
        website,
        lang: Lang::parse(&form.text("original_lang")).unwrap_or(form.lang),
        description: form.text("description"),
    };
    for (field, key) in new.problems() {
        form.reject(field, Message::new(key));
    }
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    let id = organisations::create(&state.db, &viewer, &new).await?;
    let to = Route::AdminOrganisation(id).at(form.lang);
    Ok(done(
        &form.session,
        &to,
        Message::new("admin-notice-organisation-created"),
    )
    .await)
}

/// The forms of an organisation's page.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum OrganisationAction {
    Verify,
    Unverify,
    Archive,
    Publish,
    RemoveEditor,
    Invite,
}

#[derive(Deserialize)]
struct OrganisationPath {
    id: String,
}

async fn act(
    State(state): State<AppState>,
    Path(OrganisationPath { id }): Path<OrganisationPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = admin(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let org = organisation::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(action) = form.action::<OrganisationAction>() else {
        return Ok(form.back().await);
    };
    let notice = match action {
        OrganisationAction::Verify | OrganisationAction::Unverify => {
            organisations::set_verified(&state.db, id, action == OrganisationAction::Verify).await?;
            "moderation-notice-saved"
        }
        OrganisationAction::Archive | OrganisationAction::Publish => {
            let change = if action == OrganisationAction::Archive {
                Action::Archive
            } else {
                Action::Publish
            };
            match change_status(
                &state.db,
                Some(&viewer),
                ContentKind::Organisation,
                id,
                change,
                None,
            )
            .await
            {
                Ok(_) => {}
                Err(AppError::Conflict) => {
                    form.reject(FORM_ERROR, Message::new("moderation-already-decided"));
                    return Ok(form.back().await);
                }
                Err(error) => return Err(error),
            }
            "moderation-notice-saved"
        }
        OrganisationAction::RemoveEditor => {
            let user_id = form.raw("user_id").parse::<i32>().unwrap_or(-1);
            organisations::remove_editor(&state.db, id, user_id).await?;
            "admin-notice-membership-removed"
        }
        OrganisationAction::Invite => {
            let email = form.text("email");
            if !email.validate_email() {
                form.reject("email", Message::new("partner-error-email"));
                return Ok(form.back().await);
            }
            let lang = Lang::parse(&form.text("lang")).unwrap_or(form.lang);
            crate::invitations::service::invite(&state, &viewer, &org, &email, lang).await?;
            "admin-notice-invitation-sent"
        }
    };
    Ok(done(&form.session, &form.path, Message::new(notice)).await)
}
