//! The account forms' POST handlers (plain HTML forms, answered with 303 See Other: the
//! next page is read with GET, so reloading never sends a form twice) and the data export.

mod account;
mod my_data;
mod recovery;
mod sign_in;
mod sign_up;

use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

/// The routes, merged into the app by the server.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/account/sign-up", post(sign_up::submit))
        .route("/{lang}/account/sign-in", post(sign_in::submit))
        .route("/{lang}/account/sign-out", post(sign_in::sign_out))
        .route("/{lang}/account", post(account::submit))
        .route("/{lang}/account/profile", post(account::submit))
        .route("/{lang}/account/forgot-password", post(recovery::forgot))
        .route("/{lang}/account/reset/{token}", post(recovery::reset))
        .route("/{lang}/account/verify/{token}", post(recovery::verify))
        .route("/{lang}/account/data.json", get(my_data::export))
        .route("/{lang}/account/delete", post(my_data::delete))
}

/// Issues a verification link for `user`'s current address and writes the e-mail that carries
/// it, in `lang` (inside the caller's transaction).
pub async fn send_verification(
    db: &impl sea_orm::ConnectionTrait,
    state: &AppState,
    lang: Lang,
    user: &crate::entities::user::Model,
    next: Option<&str>,
) -> Result<(), sea_orm::DbErr> {
    use super::links::{self, Purpose};
    let secret = links::issue(db, user.id, Purpose::VerifyEmail, &user.email).await?;
    // A person who signed up on the way to something goes on there once confirmed.
    let link = state.absolute(&Route::VerifyEmail(&secret).with_next(lang, next));
    super::mail::verification(lang, user.id, &user.email, &user.display_name, &link)
        .enqueue(db)
        .await
}

/// After signing in or up: what the visitor did before is theirs, the action they started is
/// completed, and they land where they were going (the form's `next`) or on their account
/// (in `lang`), with a message that says what happened.
pub async fn signed_in(
    state: &AppState,
    form: &Submission,
    user: &crate::entities::user::Model,
    lang: Lang,
    notice: Message,
) -> Result<Response, AppError> {
    let to = form.next().unwrap_or_else(|| Route::Account.at(lang));
    let then = Some(form.raw("then")).filter(|t| !t.is_empty());
    let completed = crate::web::pending::complete(&state.db, &form.session, user.id, &to, then).await?;
    Ok(done(&form.session, &to, completed.unwrap_or(notice)).await)
}
