//! One-time links: asking for a password reset, choosing the new password, confirming an
//! e-mail address.

use crate::accounts::email::Email;
use crate::accounts::forms::{ForgotForm, NewPasswordForm};
use crate::accounts::links::{self, Purpose};
use crate::accounts::{mail, users};
use crate::entities::user;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Checked, Submission};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Extension;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
use serde::Deserialize;

/// The path of a one-time link's page.
#[derive(Deserialize)]
pub struct TokenPath {
    token: String,
}

/// "Forgotten password": the same answer whether or not an account uses the address.
pub async fn forgot(
    State(state): State<AppState>,
    Checked { value, form }: Checked<ForgotForm>,
) -> Result<Response, AppError> {
    let lang = form.lang;
    let Ok(email) = Email::parse(&value.email) else {
        return Ok(form.back().await);
    };
    let user = users::find_by_email(&state.db, email.as_str()).await?;
    if let Some(user) = user {
        let written = async {
            let txn = state.db.begin().await?;
            let secret = links::issue(&txn, user.id, Purpose::ResetPassword, &user.email).await?;
            let user_lang = Lang::parse(&user.lang).unwrap_or(lang);
            let link = state.absolute(&Route::ResetPassword(&secret).at(user_lang));
            mail::reset(user_lang, user.id, &user.email, &user.display_name, &link)
                .enqueue(&txn)
                .await?;
            txn.commit().await
        }
        .await;
        written?;
    }
    let notice = Message::new("accounts-notice-reset-sent").with("email", email.as_str());
    Ok(done(&form.session, &form.path, notice).await)
}

/// A new password through a reset link. Also confirms the address (the link proved it) and
/// ends every session of the account.
pub async fn reset(
    State(state): State<AppState>,
    Path(TokenPath { token }): Path<TokenPath>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let Some(value) = form.parse::<NewPasswordForm>() else {
        return Ok(form.back().await);
    };
    let hash = users::hash_password(value.new_password).await?;
    let outcome = async {
        let txn = state.db.begin().await?;
        let link = match links::consume(&txn, Purpose::ResetPassword, &token).await? {
            Ok(link) => link,
            Err(error) => return Ok(Err(error)),
        };
        let Some(user) = users::find(&txn, link.user_id).await? else {
            return Ok(Err(links::LinkError::Invalid));
        };
        let verified = user.email == link.email;
        let mut user: user::ActiveModel = users::set_password(&txn, user, hash).await?.into();
        if verified {
            user.email_verified_at = Set(Some(Utc::now()));
        }
        user.update(&txn).await?;
        txn.commit().await?;
        Ok::<_, sea_orm::DbErr>(Ok(()))
    }
    .await;
    match outcome? {
        Ok(()) => {
            // Whoever was signed in on this browser is signed out too.
            let _ = crate::auth::session::sign_out(&form.session).await;
            let to = Route::SignIn.at(form.lang);
            Ok(done(&form.session, &to, Message::new("accounts-notice-password-reset")).await)
        }
        Err(error) => {
            form.reject(FORM_ERROR, Message::new(error.key()));
            Ok(form.back().await)
        }
    }
}

/// Confirms an address: the link must be unused, fresh, and for the account's current address.
pub async fn verify(
    State(state): State<AppState>,
    Path(TokenPath { token }): Path<TokenPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let outcome = async {
        let txn = state.db.begin().await?;
        let link = match links::consume(&txn, Purpose::VerifyEmail, &token).await? {
            Ok(link) => link,
            Err(error) => return Ok(Err(error)),
        };
        let user = users::find(&txn, link.user_id).await?;
        let Some(user) = user.filter(|u| Email::parse(&u.email).ok() == Email::parse(&link.email).ok())
        else {
            return Ok(Err(links::LinkError::Invalid));
        };
        let mut user: user::ActiveModel = user.into();
        user.email_verified_at = Set(Some(Utc::now()));
        user.update(&txn).await?;
        txn.commit().await?;
        Ok::<_, sea_orm::DbErr>(Ok(()))
    }
    .await;
    match outcome? {
        Ok(()) => {
            // Someone who confirms on the way to something (a `next` carried from sign-up)
            // goes on there; otherwise to their account, or to sign in.
            let to = match (form.next(), &context.viewer) {
                (Some(next), Some(_)) => next,
                (next, None) => Route::SignIn.with_next(form.lang, next.as_deref()),
                (None, Some(_)) => Route::Account.at(form.lang),
            };
            Ok(done(&form.session, &to, Message::new("accounts-notice-email-verified")).await)
        }
        Err(error) => {
            form.reject(FORM_ERROR, Message::new(error.key()));
            Ok(form.back().await)
        }
    }
}
