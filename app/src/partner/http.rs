//! The partner space's forms: a new offer, saving and submitting one; and `GET /{lang}/publish`,
//! the former address, a permanent redirect.

use super::offer_edit;
use super::offer_form::OfferForm;
use crate::auth::model::Role;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::lang::PathLang;
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::{Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/publish", get(moved))
        .route("/{lang}/partner/offers/new", post(create_offer))
        .route("/{lang}/partner/offers/{id}", post(save_offer))
}

async fn moved(PathLang(lang): PathLang) -> Redirect {
    Redirect::permanent(&Route::Partner.at(lang))
}

/// The editor signed in, checked again here (the authorization layer already did).
fn editor(context: &RequestContext) -> Result<crate::auth::model::Viewer, AppError> {
    context
        .viewer
        .clone()
        .filter(|v| v.can(Role::Editor))
        .ok_or(AppError::Forbidden)
}

async fn create_offer(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    // The organisation named by the form, if the editor acts for it: never trusted as sent.
    let named = form.raw("org").to_string();
    let org = offer_edit::acting_org(&state.db, &viewer, Some(&named)).await?;
    if org.slug != named {
        form.reject(FORM_ERROR, Message::new("form-error-invalid"));
        return Ok(form.back().await);
    }
    let Some(value) = form.parse::<OfferForm>() else {
        return Ok(form.back().await);
    };
    let id = offer_edit::create(&state.db, &viewer, &org, &value).await?;
    let to = Route::PartnerOffer(id).at(form.lang);
    Ok(done(&form.session, &to, Message::new("partner-notice-draft-created")).await)
}

/// The buttons of an offer's form.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum OfferAction {
    Save,
    Submit,
}

#[derive(Deserialize)]
struct OfferPath {
    id: String,
}

async fn save_offer(
    State(state): State<AppState>,
    Path(OfferPath { id }): Path<OfferPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let Some(action) = form.action::<OfferAction>() else {
        return Ok(form.back().await);
    };
    let Some(value) = form.parse::<OfferForm>() else {
        return Ok(form.back().await);
    };
    match offer_edit::save(&state.db, &viewer, id, &value).await {
        Ok(()) => {}
        Err(AppError::Conflict) => {
            // Someone saved (or the offer moved on) since this form was opened: what was
            // typed comes back, and nothing of theirs is overwritten.
            form.reject(FORM_ERROR, Message::new("partner-error-changed"));
            return Ok(form.back().await);
        }
        Err(error) => return Err(error),
    }
    let notice = match action {
        OfferAction::Save => "partner-notice-draft-saved",
        OfferAction::Submit => {
            offer_edit::submit(&state.db, &viewer, id).await?;
            "partner-notice-submitted"
        }
    };
    Ok(done(&form.session, &form.path, Message::new(notice)).await)
}
