//! Cancelling a registration, and stopping its reminders:
//! - `POST /{lang}/webinars/registration/{token}/cancel`: cancels (a freed seat goes to the
//!   first person waiting, who is told by e-mail); a link used twice says so;
//! - `POST /{lang}/webinars/{slug}/cancel`: the signed-in person cancels their own;
//! - `POST /{lang}/webinars/registration/{token}/reminders-off`: stops its reminders (the
//!   mails' one-click unsubscribe, RFC 8058, and a button of the page; `reminders-on` undoes it).

use super::codes::{MailKind, RegistrationStatus};
use super::registrations::{self, Cancelled};
use crate::entities::{webinar, webinar_registration};
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
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/webinars/{slug}/cancel", post(cancel_mine))
        .route("/{lang}/webinars/registration/{token}/cancel", post(cancel))
        .route(
            "/{lang}/webinars/registration/{token}/reminders-off",
            post(reminders_off),
        )
        .route(
            "/{lang}/webinars/registration/{token}/reminders-on",
            post(reminders_on),
        )
}

#[derive(Deserialize)]
struct SlugPath {
    slug: String,
}

#[derive(Deserialize)]
struct TokenPath {
    token: String,
}

async fn cancel(
    State(state): State<AppState>,
    Path(TokenPath { token }): Path<TokenPath>,
    form: Submission,
) -> Result<Response, AppError> {
    let reg = super::links::by_token(&state.db, &token).await?;
    let page = format!("{}/registration/{token}", Route::Webinars.at(form.lang));
    let notice = cancel_and_promote(&state, &reg).await?;
    Ok(done(&form.session, &page, Message::new(notice)).await)
}

/// "A seat is yours": the first person waiting, once a seat was freed for them (the
/// confirmation mail, with a new personal link and the calendar file).
async fn tell_promoted(state: &AppState, id: i32) -> Result<(), AppError> {
    let Some(reg) = webinar_registration::Entity::find_by_id(id)
        .one(&state.db)
        .await?
    else {
        return Ok(());
    };
    let Some(row) = webinar::Entity::find_by_id(reg.webinar_id).one(&state.db).await? else {
        return Ok(());
    };
    super::mails::write_once(
        &state.db,
        &state.public_url,
        &reg,
        &row,
        MailKind::Confirmation,
        true,
    )
    .await?;
    Ok(())
}

/// Cancels `reg` and gives its seat to the first person waiting; the notice's key.
async fn cancel_and_promote(
    state: &AppState,
    reg: &webinar_registration::Model,
) -> Result<&'static str, AppError> {
    Ok(match registrations::cancel(&state.db, reg).await? {
        Cancelled::Already => "webinars-notice-already-cancelled",
        Cancelled::Now { promoted } => {
            if let Some(id) = promoted {
                tell_promoted(state, id).await?;
            }
            "webinars-notice-cancelled"
        }
    })
}

/// The signed-in person cancels their own registration from the webinar's page.
async fn cancel_mine(
    State(state): State<AppState>,
    Path(SlugPath { slug }): Path<SlugPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = context.viewer.ok_or(AppError::Forbidden)?;
    if !crate::catalogue::query::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let page = Route::Webinar(&slug).at(form.lang);
    let row = webinar::Entity::find()
        .filter(webinar::Column::Slug.eq(&slug))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let reg = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::WebinarId.eq(row.id))
        .filter(webinar_registration::Column::UserId.eq(viewer.id))
        .filter(webinar_registration::Column::Status.ne(RegistrationStatus::Cancelled))
        .one(&state.db)
        .await?;
    let notice = match reg {
        Some(reg) => cancel_and_promote(&state, &reg).await?,
        None => "webinars-notice-already-cancelled",
    };
    Ok(done(&form.session, &format!("{page}#register"), Message::new(notice)).await)
}

/// Stops the reminders of registration `token`: the mails' one-click unsubscribe (mail clients
/// POST it themselves, without a form token: the link's secret is the proof) and the page's
/// button.
async fn reminders_off(
    State(state): State<AppState>,
    Path(TokenPath { token }): Path<TokenPath>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    set_reminders(state, token, request, false).await
}

async fn reminders_on(
    State(state): State<AppState>,
    Path(TokenPath { token }): Path<TokenPath>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    set_reminders(state, token, request, true).await
}

async fn set_reminders(
    state: AppState,
    token: String,
    request: axum::extract::Request,
    wanted: bool,
) -> Result<Response, AppError> {
    use sea_orm::sea_query::Expr;
    let form = Submission::read_unchecked(request).await?;
    let reg = super::links::by_token(&state.db, &token).await?;
    webinar_registration::Entity::update_many()
        .col_expr(webinar_registration::Column::Reminders, Expr::value(wanted))
        .filter(webinar_registration::Column::Id.eq(reg.id))
        .exec(&state.db)
        .await?;
    let page = format!("{}/registration/{token}", Route::Webinars.at(form.lang));
    let notice = if wanted {
        "webinars-notice-reminders-on"
    } else {
        "webinars-notice-reminders-off"
    };
    Ok(done(&form.session, &page, Message::new(notice)).await)
}
