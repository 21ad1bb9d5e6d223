//! The resource forms of the partner space: a new resource, saving and submitting one, and
//! sending its file (a multipart form, its CSRF token checked here like every form's).

use super::editing::acting_org;
use super::resource_edit;
use super::resource_form::{list_problems, Lists, ResourceForm};
use crate::auth::model::{Role, Viewer};
use crate::content::edit::Saved;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::lang::PathLang;
use crate::web::upload::Upload;
use crate::web::urls::Route;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use serde::Deserialize;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/partner/resources/new", post(create))
        .route("/{lang}/partner/resources/{id}", post(save))
        .route("/{lang}/partner/resources/{id}/file", post(upload))
}

fn editor(context: &RequestContext) -> Result<Viewer, AppError> {
    context
        .viewer
        .clone()
        .filter(|v| v.can(Role::Editor))
        .ok_or(AppError::Forbidden)
}

/// The buttons of the resource form.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum ResourceAction {
    Save,
    Submit,
    Preview,
    /// Save and publish without review (administrators only, checked by the write path).
    Publish,
}

/// The form, typed, with its lists; every problem recorded on its field.
async fn read(state: &AppState, form: &mut Submission) -> Result<Option<(ResourceForm, Lists)>, AppError> {
    let codes: Vec<String> = crate::catalogue::framework::Framework::current(&state.db)
        .await?
        .map(|f| f.competences.iter().map(|c| c.code.clone()).collect())
        .unwrap_or_default();
    let lists = ResourceForm::lists(|name| form.raw(name).to_string(), &codes);
    let value = form.parse::<ResourceForm>();
    for (field, key) in list_problems(&lists) {
        form.reject(field, Message::new(key));
    }
    Ok(value.filter(|_| form.is_valid()).map(|v| (v, lists)))
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
    if form.action::<ResourceAction>() == Some(ResourceAction::Preview) {
        return Ok(form.preview().await);
    }
    let Some((value, lists)) = read(&state, &mut form).await? else {
        return Ok(form.back().await);
    };
    let id = resource_edit::create(&state.db, &viewer, &org, &value, &lists).await?;
    let to = Route::PartnerItem(crate::content::ContentKind::Resource, id).at(form.lang);
    Ok(done(&form.session, &to, Message::new("partner-notice-draft-created")).await)
}

#[derive(Deserialize)]
struct ResourcePath {
    id: String,
}

async fn save(
    State(state): State<AppState>,
    Path(ResourcePath { id }): Path<ResourcePath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    super::editing::may_write(&state.db, &viewer, crate::content::ContentKind::Resource, id).await?;
    let Some(action) = form.action::<ResourceAction>() else {
        return Ok(form.back().await);
    };
    if action == ResourceAction::Preview {
        return Ok(form.preview().await);
    }
    let Some((value, lists)) = read(&state, &mut form).await? else {
        return Ok(form.back().await);
    };
    let saved = match resource_edit::save(&state.db, &viewer, id, &value, &lists).await {
        Ok(saved) => saved,
        Err(AppError::Conflict) => {
            form.reject(FORM_ERROR, Message::new("partner-error-changed"));
            return Ok(form.back().await);
        }
        Err(error) => return Err(error),
    };
    let notice = match (action, saved) {
        (_, Saved::Proposed) => "partner-notice-change-proposed",
        (ResourceAction::Submit | ResourceAction::Publish, Saved::InPlace) => {
            let publish = action == ResourceAction::Publish;
            if !resource_edit::submit(&state.db, &viewer, id, publish).await? {
                // Saved, but not sent: it needs something to download or open.
                form.reject("external_url", Message::new("resources-error-file-or-link"));
                return Ok(form.back().await);
            }
            if publish {
                "partner-notice-published"
            } else {
                "partner-notice-submitted"
            }
        }
        _ => "partner-notice-draft-saved",
    };
    Ok(done(&form.session, &form.path, Message::new(notice)).await)
}

#[derive(Deserialize)]
struct FilePath {
    lang: String,
    id: String,
}

async fn upload(
    State(state): State<AppState>,
    Path(path): Path<FilePath>,
    PathLang(lang): PathLang,
    Extension(context): Extension<RequestContext>,
    session: Session,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let _ = path.lang;
    let id = path.id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let page = Route::PartnerItem(crate::content::ContentKind::Resource, id).at(lang);
    let upload = Upload::read(&mut multipart).await?;
    if let Some(refused) = upload.refused(&session, &page).await {
        return Ok(refused);
    }
    let viewer = editor(&context)?;
    let mut form = Submission::new(session, lang, page.clone(), Vec::new());
    let version = upload.field("version").parse::<i32>().unwrap_or(-1);
    match resource_edit::upload(&state, &viewer, id, version, &upload.file_name, &upload.bytes).await {
        Ok(Ok(())) => Ok(done(&form.session, &page, Message::new("partner-notice-file-saved")).await),
        Ok(Err(refusal)) => {
            form.reject("file", Message::new(refusal.key()));
            Ok(form.back().await)
        }
        Err(AppError::Conflict) => {
            form.reject("file", Message::new("partner-error-changed"));
            Ok(form.back().await)
        }
        Err(error) => Err(error),
    }
}
