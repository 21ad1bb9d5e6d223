//! One-time links: asking for a password reset, choosing the new password, confirming an
//! e-mail address.

use super::{absolute, done, internal, lang_of, Submission};
use crate::accounts::context::RequestContext;
use crate::accounts::email::Email;
use crate::accounts::links::{self, Purpose};
use crate::accounts::model::{Message, FORM_ERROR};
use crate::accounts::{mail, password, users};
use crate::entities::user;
use crate::i18n::Lang;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::{Extension, Form};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
use tower_sessions::Session;

/// "Forgotten password": the same answer whether or not an account uses the address.
pub async fn forgot(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let path = format!("/{}/account/forgot-password", lang.code());
    let mut form = Submission::new(session, lang, path.clone(), fields);
    let Some(email) = super::sign_up::check_email(&mut form, "email") else {
        return form.back().await;
    };
    let user = match users::find_by_email(&state.db, email.as_str()).await {
        Ok(user) => user,
        Err(error) => return internal(error),
    };
    if let Some(user) = user {
        let written = async {
            let txn = state.db.begin().await?;
            let secret = links::issue(&txn, user.id, Purpose::ResetPassword, &user.email).await?;
            let user_lang = Lang::parse(&user.lang).unwrap_or(lang);
            let link = absolute(&state, &format!("/{}/account/reset/{secret}", user_lang.code()));
            mail::reset(user_lang, user.id, &user.email, &user.display_name, &link)
                .enqueue(&txn)
                .await?;
            txn.commit().await
        }
        .await;
        if let Err(error) = written {
            return internal(error);
        }
    }
    done(
        &form.session,
        &path,
        Message::new("accounts-notice-reset-sent").with("email", email.as_str()),
    )
    .await
}

/// A new password through a reset link. Also confirms the address (the link proved it) and
/// ends every session of the account.
pub async fn reset(
    State(state): State<AppState>,
    session: Session,
    Path((lang, token)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let path = format!("/{}/account/reset/{token}", lang.code());
    let mut form = Submission::new(session, lang, path, fields);
    let new = form.raw("new_password").to_string();
    if let Err(error) = password::check_policy(&new) {
        form.reject(
            "new_password",
            Message::new(format!("accounts-password-{}", error.code())),
        );
    } else if form.raw("new_password_confirm") != new {
        form.reject("new_password_confirm", Message::new("accounts-password-mismatch"));
    }
    if !form.is_valid() {
        return form.back().await;
    }
    let hash = match users::hash_password(new).await {
        Ok(hash) => hash,
        Err(error) => return internal(error),
    };
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
    match outcome {
        Ok(Ok(())) => {
            // Whoever was signed in on this browser is signed out too.
            let _ = crate::accounts::session::sign_out(&form.session).await;
            done(
                &form.session,
                &format!("/{}/account/sign-in", lang.code()),
                Message::new("accounts-notice-password-reset"),
            )
            .await
        }
        Ok(Err(error)) => {
            form.reject(FORM_ERROR, Message::new(error.key()));
            form.back().await
        }
        Err(error) => internal(error),
    }
}

/// Confirms an address: the link must be unused, fresh, and for the account's current address.
pub async fn verify(
    State(state): State<AppState>,
    session: Session,
    Path((lang, token)): Path<(String, String)>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let path = format!("/{}/account/verify/{token}", lang.code());
    let mut form = Submission::new(session, lang, path, fields);
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
    match outcome {
        Ok(Ok(())) => {
            done(
                &form.session,
                &if context.viewer.is_some() {
                    format!("/{}/account", lang.code())
                } else {
                    format!("/{}/account/sign-in", lang.code())
                },
                Message::new("accounts-notice-email-verified"),
            )
            .await
        }
        Ok(Err(error)) => {
            form.reject(FORM_ERROR, Message::new(error.key()));
            form.back().await
        }
        Err(error) => internal(error),
    }
}
