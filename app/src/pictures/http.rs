//! The pictures' addresses (`/pictures/{owner}/{id}/{version}/{size}.{webp|png}`, cached for
//! ever: a new picture has a new version) and the partner forms that send or remove one: an
//! organisation's logo, an interview's portrait (with the person's consent noted).

use super::make::Refusal;
use super::{store, Format, Owner};
use crate::auth::permissions::{can, Action};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::lang::PathLang;
use crate::web::upload::Upload;
use crate::web::urls::Route;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/pictures/{owner}/{id}/{version}/{file}", get(serve))
        .route("/{lang}/partner/organisations/{id}/logo", post(form::<false>))
        .route("/{lang}/partner/interviews/{id}/portrait", post(form::<true>))
}

#[derive(Deserialize)]
struct PicturePath {
    owner: String,
    id: String,
    version: String,
    file: String,
}

async fn serve(State(state): State<AppState>, Path(path): Path<PicturePath>) -> Result<Response, AppError> {
    let owner = Owner::parse(&path.owner).ok_or(AppError::NotFound)?;
    let id = path.id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let (size, extension) = path.file.split_once('.').ok_or(AppError::NotFound)?;
    let size = size.parse::<u32>().map_err(|_| AppError::NotFound)?;
    let format = Format::parse(extension).ok_or(AppError::NotFound)?;
    let bytes = store::variant(&state.db, owner, id, &path.version, size, format)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, format.media_type()),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Deserialize)]
struct ItemPath {
    #[allow(dead_code)]
    lang: String,
    id: String,
}

/// What a picture form asks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PictureAction {
    Send,
    Remove,
}

/// The form of an organisation's logo (`PORTRAIT` false) or an interview's portrait.
async fn form<const PORTRAIT: bool>(
    State(state): State<AppState>,
    Path(path): Path<ItemPath>,
    PathLang(lang): PathLang,
    Extension(context): Extension<RequestContext>,
    session: Session,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let id = path.id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let owner = if PORTRAIT {
        Owner::Interview
    } else {
        Owner::Organisation
    };
    let page = Route::PartnerItem(owner.content_kind(), id).at(lang);
    handle(&state, &context, session, multipart, (owner, id), page).await
}

/// Sends or removes the picture of `owner` after checking the form's token and who may change
/// this item (its organisation's editors, moderators, administrators).
async fn handle(
    state: &AppState,
    context: &RequestContext,
    session: Session,
    mut multipart: Multipart,
    (owner, id): (Owner, i32),
    page: String,
) -> Result<Response, AppError> {
    let upload = Upload::read(&mut multipart).await?;
    if let Some(refused) = upload.refused(&session, &page).await {
        return Ok(refused);
    }
    let item = crate::content::items::item(&state.db, owner.content_kind(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let viewer = context.viewer.as_ref().ok_or(AppError::Forbidden)?;
    if !can(Some(viewer), Action::Edit, &item) {
        return Err(AppError::Forbidden);
    }
    let lang = crate::web::lang::lang_of_path(&page).unwrap_or(crate::i18n::Lang::En);
    let fields = vec![("consent".to_string(), upload.field("consent").to_string())];
    let mut form = Submission::new(session, lang, page.clone(), fields);
    form.anchor = "#picture-title";
    let action = if upload.field("action") == "remove" {
        PictureAction::Remove
    } else {
        PictureAction::Send
    };
    if action == PictureAction::Remove {
        store::remove(&state.db, owner, id).await?;
        return Ok(done(&form.session, &page, Message::new("pictures-notice-removed")).await);
    }
    // A portrait is shown only with the person's consent, which the editor confirms.
    if owner == Owner::Interview && upload.field("consent") != "yes" {
        form.reject("consent", Message::new("pictures-error-consent"));
        return Ok(form.back().await);
    }
    match store::replace(&state.db, owner, id, viewer.id, upload.bytes).await? {
        Ok(_) => Ok(done(&form.session, &page, Message::new("pictures-notice-saved")).await),
        Err(refusal) => {
            form.reject("file", Message::new(Refusal::key(refusal)));
            Ok(form.back().await)
        }
    }
}
