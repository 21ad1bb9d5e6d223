//! `POST /{lang}/invitations/{token}`: accepting an invitation (signed in with the address it
//! was sent to).

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
    Router::new().route("/{lang}/invitations/{token}", post(accept))
}

#[derive(Deserialize)]
struct InvitationPath {
    #[allow(dead_code)]
    lang: String,
    token: String,
}

async fn accept(
    State(state): State<AppState>,
    Path(path): Path<InvitationPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let Some(viewer) = context.viewer.clone() else {
        // Not signed in: the page says how to.
        return Ok(form.back().await);
    };
    match super::service::accept(&state.db, &viewer, &path.token).await? {
        Ok(slug) => {
            let to = Route::PartnerQuery(&format!("org={slug}")).at(form.lang);
            Ok(done(&form.session, &to, Message::new("invitation-accepted")).await)
        }
        Err(super::service::Refused::OtherAddress) => {
            form.reject(FORM_ERROR, Message::new("invitation-wrong-address"));
            Ok(form.back().await)
        }
        Err(super::service::Refused::NotOpen) => Ok(form.back().await),
    }
}
