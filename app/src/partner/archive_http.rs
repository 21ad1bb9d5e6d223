//! `POST /{lang}/partner/{kind}/{id}/archive`: an editor (or a moderator) withdraws a published
//! item of any editable kind. It leaves the public lists, search and feeds at once (the write
//! path's listeners) and its page answers 410 Gone; the history records who did it.

use super::item_http::editor;
use crate::auth::permissions::Action;
use crate::content::edit::editable;
use crate::content::write::change_status;
use crate::content::ContentKind;
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
    Router::new().route("/{lang}/partner/{kind}/{id}/archive", post(archive))
}

#[derive(Deserialize)]
struct ArchivePath {
    kind: String,
    id: String,
}

async fn archive(
    State(state): State<AppState>,
    Path(ArchivePath { kind, id }): Path<ArchivePath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let kind = ContentKind::from_segment(&kind)
        // An organisation is archived by an administrator (`/{lang}/admin/organisations`).
        .filter(|k| editable(*k).is_some() && *k != ContentKind::Organisation && !k.is_platform_owned())
        .ok_or(AppError::NotFound)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    super::editing::may_write(&state.db, &viewer, kind, id).await?;
    // Refused (`Forbidden`) unless the viewer may archive this item now: published, and theirs
    // or a moderator's to withdraw.
    change_status(&state.db, Some(&viewer), kind, id, Action::Archive, None).await?;
    let to = Route::PartnerItem(kind, id).at(form.lang);
    Ok(done(&form.session, &to, Message::new("partner-notice-archived")).await)
}
