//! The partner space's forms: a new offer, saving and submitting one; and `GET /{lang}/publish`,
//! the former address, a permanent redirect.

use super::offer_edit;
use super::offer_form::OfferForm;
use super::translation;
use crate::auth::model::Role;
use crate::auth::permissions::Action;
use crate::content::edit::Saved;
use crate::content::write::change_status;
use crate::content::ContentKind;
use crate::error::AppError;
use crate::i18n::Lang;
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
        .route(
            "/{lang}/partner/translate/{kind}/{id}/{to}",
            post(save_translation),
        )
        .route("/{lang}/translate/{kind}/{slug}", post(propose_translation))
        .route("/{lang}/markdown-preview", post(markdown_preview))
        .merge(super::resource_http::routes())
        .merge(super::interview_http::routes())
        .merge(super::webinar_http::routes())
        .merge(super::archive_http::routes())
        .merge(super::pathway_http::routes())
        .merge(super::job_http::routes())
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
    let org = super::editing::acting_org(&state.db, &viewer, Some(&named)).await?;
    if org.slug != named {
        form.reject(FORM_ERROR, Message::new("form-error-invalid"));
        return Ok(form.back().await);
    }
    if form.action::<OfferAction>() == Some(OfferAction::Preview) {
        return Ok(form.preview().await);
    }
    let Some(value) = form.parse::<OfferForm>() else {
        return Ok(form.back().await);
    };
    if reject_pay_problems(&mut form, &value) {
        return Ok(form.back().await);
    }
    let id = offer_edit::create(&state.db, &viewer, &org, &value).await?;
    let to = Route::PartnerOffer(id).at(form.lang);
    Ok(done(&form.session, &to, Message::new("partner-notice-draft-created")).await)
}

/// Records the problems between the pay fields, each on its field; whether there were any.
fn reject_pay_problems(form: &mut Submission, value: &OfferForm) -> bool {
    let problems = value.pay_problems();
    for (field, code) in &problems {
        form.reject(field, Message::new(*code));
    }
    !problems.is_empty()
}

/// The buttons of an offer's form.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum OfferAction {
    Save,
    Submit,
    /// Back to the form with the Markdown rendered and everything kept, nothing saved.
    Preview,
    /// Save and publish without review (administrators only, checked by the write path).
    Publish,
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
    super::editing::may_write(&state.db, &viewer, ContentKind::Offer, id).await?;
    let Some(action) = form.action::<OfferAction>() else {
        return Ok(form.back().await);
    };
    if action == OfferAction::Preview {
        return Ok(form.preview().await);
    }
    let Some(value) = form.parse::<OfferForm>() else {
        return Ok(form.back().await);
    };
    if reject_pay_problems(&mut form, &value) {
        return Ok(form.back().await);
    }
    let saved = match offer_edit::save(&state.db, &viewer, id, &value).await {
        Ok(saved) => saved,
        Err(AppError::Conflict) => {
            // Someone saved (or the offer moved on) since this form was opened: what was
            // typed comes back, and nothing of theirs is overwritten.
            form.reject(FORM_ERROR, Message::new("partner-error-changed"));
            return Ok(form.back().await);
        }
        Err(error) => return Err(error),
    };
    let notice = match (action, saved) {
        // A published offer's change waits for review as it is: nothing to submit.
        (_, Saved::Proposed) => "partner-notice-change-proposed",
        (OfferAction::Save | OfferAction::Preview, Saved::InPlace) => "partner-notice-draft-saved",
        (OfferAction::Publish, Saved::InPlace) => {
            change_status(
                &state.db,
                Some(&viewer),
                ContentKind::Offer,
                id,
                Action::Publish,
                None,
            )
            .await?;
            "partner-notice-published"
        }
        (OfferAction::Submit, Saved::InPlace) => {
            offer_edit::submit(&state.db, &viewer, id).await?;
            "partner-notice-submitted"
        }
    };
    Ok(done(&form.session, &form.path, Message::new(notice)).await)
}

/// The buttons of a translation's form.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum TranslationAction {
    Save,
    Preview,
}

#[derive(Deserialize)]
struct TranslationPath {
    kind: String,
    id: String,
    to: String,
}

async fn save_translation(
    State(state): State<AppState>,
    Path(path): Path<TranslationPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = editor(&context)?;
    let kind = ContentKind::parse(&path.kind).ok_or(AppError::NotFound)?;
    let id = path.id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let to = Lang::parse(&path.to).ok_or(AppError::NotFound)?;
    super::editing::may_write(&state.db, &viewer, kind, id).await?;
    let Some(action) = form.action::<TranslationAction>() else {
        return Ok(form.back().await);
    };
    if action == TranslationAction::Preview {
        return Ok(form.preview().await);
    }
    for (field, key, max) in translation::problems(&state.db, kind, id, |name| form.text(name)).await? {
        let message = match max {
            Some(max) => Message::new(key).with("max", max as i64),
            None => Message::new(key),
        };
        form.reject(&field, message);
    }
    let version = form.raw("version").parse::<i32>().unwrap_or(-1);
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    let saved = translation::save(&state.db, &viewer, kind, id, to, version, |name| form.text(name)).await;
    let notice = match saved {
        Ok(Saved::InPlace) => "partner-notice-translation-saved",
        Ok(Saved::Proposed) => "partner-notice-change-proposed",
        Err(AppError::Conflict) => {
            form.reject(FORM_ERROR, Message::new("partner-error-changed"));
            return Ok(form.back().await);
        }
        Err(error) => return Err(error),
    };
    let to = Route::PartnerItem(kind, id).at(form.lang);
    Ok(done(&form.session, &to, Message::new(notice)).await)
}

#[derive(Deserialize)]
struct ProposalPath {
    kind: String,
    slug: String,
}

/// A signed-in reader's translation of a published item into the page's language.
async fn propose_translation(
    State(state): State<AppState>,
    Path(path): Path<ProposalPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = context.viewer.clone().ok_or(AppError::Forbidden)?;
    let kind = ContentKind::from_segment(&path.kind).ok_or(AppError::NotFound)?;
    let id = crate::content::write::id_by_slug(&state.db, kind, &path.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(action) = form.action::<TranslationAction>() else {
        return Ok(form.back().await);
    };
    if action == TranslationAction::Preview {
        return Ok(form.preview().await);
    }
    for (field, key, max) in translation::problems(&state.db, kind, id, |name| form.text(name)).await? {
        let message = match max {
            Some(max) => Message::new(key).with("max", max as i64),
            None => Message::new(key),
        };
        form.reject(&field, message);
    }
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    let to = form.lang;
    crate::content::edit::propose_translation(&state.db, &viewer, kind, id, to, |name| form.text(name))
        .await?;
    let page = Route::Item(kind, &path.slug).at(form.lang);
    Ok(done(&form.session, &page, Message::new("translation-proposed")).await)
}

/// `POST /{lang}/markdown-preview`: the text of a Markdown field (`text`) rendered and sanitised
/// as the pages show it, for the live preview (signed in; the form's CSRF token in a header).
async fn markdown_preview(form: Submission) -> Response {
    use axum::response::IntoResponse;
    let html = crate::ui::markdown::to_safe_html(form.raw("text"));
    (
        [
            (http::header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (http::header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}
