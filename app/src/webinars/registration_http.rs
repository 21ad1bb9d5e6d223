//! Registering from a webinar's page, and a registration's own calendar file:
//! - `POST /{lang}/webinars/{slug}/register`: signed in, one click; otherwise an e-mail address,
//!   confirmed by the link mailed to it (double opt-in);
//! - `GET /{lang}/webinars/registration/{token}/calendar.ics`: the registrant's own calendar
//!   file, with the join link.
//!
//! Cancelling and stopping reminders are in `cancelling`.

use super::codes::{MailKind, RegistrationStatus};
use super::registrations::{self, Refused};
use crate::content::text::Texts;
use crate::entities::{webinar, webinar_registration, webinar_translation};
use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use crate::mail::{letter, Mail};
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Submission};
use crate::web::rate_limit::{self, Bucket};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::Deserialize;
use validator::ValidateEmail;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(super::cancelling::routes())
        .route("/{lang}/webinars/{slug}/register", post(register))
        .route(
            "/{lang}/webinars/registration/{token}/calendar.ics",
            get(own_calendar),
        )
}

#[derive(Deserialize)]
struct SlugPath {
    slug: String,
}

#[derive(Deserialize)]
struct TokenPath {
    lang: String,
    token: String,
}

async fn register(
    State(state): State<AppState>,
    Path(SlugPath { slug }): Path<SlugPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    if !crate::catalogue::query::is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let lang = form.lang;
    let page = Route::Webinar(&slug).at(lang);
    form.path = page.clone();
    form.anchor = "#register";
    // Signed in, the form has no field: its problems are about the whole form.
    let field = if context.viewer.is_some() {
        FORM_ERROR
    } else {
        "email"
    };
    let row = match registrations::open_webinar(&state.db, &slug).await? {
        Ok(row) => row,
        // The page no longer shows a form: the message is about the whole of it.
        Err(_) => {
            form.reject(FORM_ERROR, Message::new("webinars-error-closed"));
            return Ok(form.back().await);
        }
    };
    let (user_id, email, confirmed) = match &context.viewer {
        Some(viewer) => (Some(viewer.id), viewer.email.clone(), true),
        None => {
            let email = form.text("email");
            if email.is_empty() {
                form.reject("email", Message::new("form-error-missing"));
            } else if email.len() > 320 || !email.validate_email() {
                form.reject("email", Message::new("partner-error-email"));
            }
            if !form.is_valid() {
                return Ok(form.back().await);
            }
            // Each one mails an address anyone may type: limited per client like sign-ins.
            let limits = [(Bucket::WebinarByEmail, context.client_ip.as_str())];
            if let Err(minutes) = rate_limit::check(&state.db, &limits).await? {
                form.reject(
                    "email",
                    Message::new("accounts-rate-limited").with("minutes", minutes),
                );
                return Ok(form.back().await);
            }
            rate_limit::record(&state.db, &limits).await?;
            (None, email, false)
        }
    };
    let registered = match registrations::register(&state.db, &row, user_id, &email, lang, confirmed).await? {
        Ok(registered) => registered,
        Err(Refused::AlreadyRegistered) => {
            form.reject(field, Message::new("webinars-error-already"));
            return Ok(form.back().await);
        }
        Err(Refused::Closed) => {
            form.reject(FORM_ERROR, Message::new("webinars-error-closed"));
            return Ok(form.back().await);
        }
    };
    if registered.status == RegistrationStatus::Confirmed {
        if let Some(reg) = webinar_registration::Entity::find_by_id(registered.id)
            .one(&state.db)
            .await?
        {
            super::mails::write_once(
                &state.db,
                &state.public_url,
                &reg,
                &row,
                MailKind::Confirmation,
                false,
            )
            .await?;
        }
    } else {
        let link = state.absolute(&format!(
            "{}/registration/{}",
            Route::Webinars.at(lang),
            registered.token
        ));
        let title = title_of(&state.db, &row, lang).await?;
        let name = context
            .viewer
            .as_ref()
            .map(|v| v.display_name.clone())
            .unwrap_or_default();
        let (subject, lines) = match registered.status {
            RegistrationStatus::Pending => ("webinars-mail-confirm-subject", "webinars-mail-confirm-body"),
            _ => ("webinars-mail-waiting-subject", "webinars-mail-waiting-body"),
        };
        Mail {
            user_id,
            to: email.trim().to_lowercase(),
            subject: tr_args(lang, subject, &[("title", title.clone().into())]),
            body: letter(
                lang,
                &name,
                &[
                    tr_args(lang, lines, &[("title", title.into())]),
                    link,
                    tr(lang, "webinars-mail-cancel-note"),
                ],
            ),
            list_unsubscribe: None,
        }
        .enqueue(&state.db)
        .await?;
    }
    let notice = match registered.status {
        RegistrationStatus::Pending => Message::new("webinars-notice-check-mail"),
        RegistrationStatus::Waiting => Message::new("webinars-notice-waiting"),
        // Only a signed-in person is registered at once: their webinars are in their account.
        _ => Message::new("webinars-notice-registered")
            .linking(Route::AccountWebinars.at(form.lang), "webinars-notice-see-mine"),
    };
    Ok(done(&form.session, &format!("{page}#register"), notice).await)
}

/// The title of `row` in `lang` (or its fallback).
pub async fn title_of(
    db: &impl ConnectionTrait,
    row: &webinar::Model,
    lang: Lang,
) -> Result<String, AppError> {
    let texts = Texts::<webinar_translation::Model>::load(db, &[row.id]).await?;
    Ok(texts
        .pick(row.id, row.original_lang, lang)
        .map(|(t, _)| t.title.clone())
        .unwrap_or_else(|| row.slug.clone()))
}

async fn own_calendar(
    State(state): State<AppState>,
    Path(TokenPath { lang, token }): Path<TokenPath>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let reg = super::links::by_token(&state.db, &token).await?;
    let row = webinar::Entity::find_by_id(reg.webinar_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let texts = Texts::<webinar_translation::Model>::load(&state.db, &[row.id]).await?;
    // Only a seat holder's calendar has the join link.
    let join = (reg.status == RegistrationStatus::Confirmed)
        .then(|| row.join_url.clone())
        .flatten();
    let mut event = super::http::event(&state.public_url, &row, &texts, lang, join);
    event.cancelled = reg.status == RegistrationStatus::Cancelled;
    let name = event.title.clone();
    Ok(super::http::private_ics(super::calendar::calendar(
        &name,
        &[event],
    )))
}
