//! The account forms' POST handlers (plain HTML forms, answered with 303 See Other: the
//! next page is read with GET, so reloading never sends a form twice) and the data export.

mod account;
mod my_data;
mod recovery;
mod sign_in;
mod sign_up;

use super::guard::{keepable, see_other};
use super::model::{Flash, Message};
use super::session::set_flash;
use crate::i18n::Lang;
use crate::state::AppState;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use http::StatusCode;
use std::collections::{BTreeMap, HashMap};
use tower_sessions::Session;

/// The routes, merged into the app by the server.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/account/sign-up", post(sign_up::submit))
        .route("/{lang}/account/sign-in", post(sign_in::submit))
        .route("/{lang}/account/sign-out", post(sign_in::sign_out))
        .route("/{lang}/account", post(account::submit))
        .route("/{lang}/account/forgot-password", post(recovery::forgot))
        .route("/{lang}/account/reset/{token}", post(recovery::reset))
        .route("/{lang}/account/verify/{token}", post(recovery::verify))
        .route("/{lang}/account/data.json", get(my_data::export))
        .route("/{lang}/account/delete", post(my_data::delete))
}

/// A submitted form being checked: its fields, and a message per rejected field.
pub struct Submission {
    pub session: Session,
    pub lang: Lang,
    /// The form's page, where a rejected form goes back.
    pub path: String,
    /// A fragment (`#password-title`) that scrolls the page back to the form that was sent,
    /// on a page with several forms.
    pub anchor: &'static str,
    fields: HashMap<String, String>,
    errors: BTreeMap<String, Message>,
}

impl Submission {
    pub fn new(session: Session, lang: Lang, path: String, fields: Vec<(String, String)>) -> Submission {
        Submission {
            session,
            lang,
            path,
            anchor: "",
            fields: fields.into_iter().collect(),
            errors: BTreeMap::new(),
        }
    }

    /// A field as sent.
    pub fn raw(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }

    /// A field without surrounding spaces.
    pub fn text(&self, name: &str) -> String {
        self.raw(name).trim().to_string()
    }

    /// Rejects `field` with `message` (the first message per field is kept).
    pub fn reject(&mut self, field: &str, message: Message) {
        self.errors.entry(field.to_string()).or_insert(message);
    }

    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// Back to the form with what was typed (not passwords) and the messages.
    pub async fn back(self) -> Response {
        let flash = Flash {
            path: self.path.split('?').next().unwrap_or_default().to_string(),
            values: keepable(self.fields),
            errors: self.errors,
            notice: None,
        };
        if let Err(error) = set_flash(&self.session, flash).await {
            tracing::error!(%error, "storing the flash");
        }
        see_other(&format!("{}{}", self.path, self.anchor))
    }
}

/// To `to`, where `notice` is shown once.
pub async fn done(session: &Session, to: &str, notice: Message) -> Response {
    let path = to.split(['?', '#']).next().unwrap_or(to).to_string();
    let flash = Flash {
        path,
        notice: Some(notice),
        ..Flash::default()
    };
    if let Err(error) = set_flash(session, flash).await {
        tracing::error!(%error, "storing the flash");
    }
    see_other(to)
}

/// The language of the URL, or a 404.
#[expect(
    clippy::result_large_err,
    reason = "the error is the finished 404, on a cold path"
)]
pub fn lang_of(code: &str) -> Result<Lang, Response> {
    Lang::parse(code).ok_or_else(|| StatusCode::NOT_FOUND.into_response())
}

/// An unexpected failure: logged, answered with a plain 500.
pub fn internal(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "account form");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Issues a verification link for `user`'s current address and writes the e-mail that carries
/// it, in `lang` (inside the caller's transaction).
pub async fn send_verification(
    db: &impl sea_orm::ConnectionTrait,
    state: &AppState,
    lang: Lang,
    user: &crate::entities::user::Model,
) -> Result<(), sea_orm::DbErr> {
    use super::links::{self, Purpose};
    let secret = links::issue(db, user.id, Purpose::VerifyEmail, &user.email).await?;
    let link = absolute(state, &format!("/{}/account/verify/{secret}", lang.code()));
    super::mail::verification(lang, user.id, &user.email, &user.display_name, &link)
        .enqueue(db)
        .await
}

/// The absolute URL of a path of this site.
pub fn absolute(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.public_url.trim_end_matches('/'))
}
