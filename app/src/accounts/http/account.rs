//! The account page's forms, told apart by their typed `action`: profile, password, e-mail
//! address, and sending the confirmation link again.

use super::send_verification;
use crate::accounts::email::Email;
use crate::accounts::forms::{NewEmailForm, NewPasswordForm, ProfileForm};
use crate::accounts::mail;
use crate::accounts::users::{self, is_unique_violation};
use crate::auth::model::Viewer;
use crate::auth::session;
use crate::entities::user;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::extract::State;
use axum::response::Response;
use axum::Extension;
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
use serde::Deserialize;

/// The forms of the account page.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum AccountAction {
    Profile,
    Password,
    Email,
    ResendVerification,
}

impl AccountAction {
    /// Where the page scrolls back to (it holds several forms).
    fn anchor(self) -> &'static str {
        match self {
            AccountAction::Profile => "#profile-title",
            AccountAction::Password => "#password-title",
            AccountAction::Email => "#email-title",
            AccountAction::ResendVerification => "",
        }
    }
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    // The authorization layer lets only signed-in people here; checked again all the same.
    let viewer = context.viewer.ok_or(AppError::Forbidden)?;
    let user = users::find(&state.db, viewer.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(action) = form.action::<AccountAction>() else {
        return Ok(form.back().await);
    };
    form.anchor = action.anchor();
    match action {
        AccountAction::Profile => profile(&state, form, user).await,
        AccountAction::Password => change_password(&state, form, user).await,
        AccountAction::Email => change_email(&state, form, user, &viewer).await,
        AccountAction::ResendVerification => resend(&state, form, user).await,
    }
}

async fn profile(state: &AppState, mut form: Submission, user: user::Model) -> Result<Response, AppError> {
    let Some(value) = form.parse::<ProfileForm>() else {
        return Ok(form.back().await);
    };
    let Some(preferred) = Lang::parse(&value.language) else {
        return Ok(form.back().await);
    };
    let mut active: user::ActiveModel = user.into();
    active.display_name = Set(value.display_name.trim().to_string());
    active.lang = Set(preferred.code().into());
    active.time_zone = Set(value.time_zone.trim().to_string());
    active.update(&state.db).await?;
    // A new preferred language shows the profile page in it.
    let to = Route::AccountProfile.at(preferred);
    Ok(done(&form.session, &to, Message::new("accounts-notice-profile-saved")).await)
}

async fn change_password(
    state: &AppState,
    mut form: Submission,
    user: user::Model,
) -> Result<Response, AppError> {
    let value = form.parse::<NewPasswordForm>();
    let current = form.raw("current_password").to_string();
    // Checked even when the new one is refused, so every problem is told at once.
    if !users::verify_password(current, user.password_hash.clone()).await? {
        form.reject("current_password", Message::new("accounts-password-wrong"));
    }
    let Some(value) = value.filter(|_| form.is_valid()) else {
        return Ok(form.back().await);
    };
    let hash = users::hash_password(value.new_password).await?;
    let user = users::set_password(&state.db, user, hash).await?;
    // Every other session ends with the old key; this one continues with a new id.
    session::sign_in(&form.session, &user).await?;
    Ok(done(
        &form.session,
        &form.path,
        Message::new("accounts-notice-password-changed"),
    )
    .await)
}

async fn change_email(
    state: &AppState,
    mut form: Submission,
    user: user::Model,
    viewer: &Viewer,
) -> Result<Response, AppError> {
    let value = form.parse::<NewEmailForm>();
    let typed = form.raw("email_password").to_string();
    if !users::verify_password(typed, user.password_hash.clone()).await? {
        form.reject("email_password", Message::new("accounts-password-wrong"));
    }
    let Some(email) = value
        .filter(|_| form.is_valid())
        .and_then(|value| Email::parse(&value.new_email).ok())
    else {
        return Ok(form.back().await);
    };
    if email.as_str() == user.email {
        return Ok(done(
            &form.session,
            &form.path,
            Message::new("accounts-notice-profile-saved"),
        )
        .await);
    }
    let user_lang = Lang::parse(&user.lang).unwrap_or(form.lang);
    let old = user.email.clone();
    let outcome = async {
        let txn = state.db.begin().await?;
        let mut active: user::ActiveModel = user.into();
        active.email = Set(email.as_str().to_string());
        active.email_verified_at = Set(None);
        let user = active.update(&txn).await?;
        send_verification(&txn, state, user_lang, &user, None).await?;
        mail::email_changed(user_lang, user.id, &old, &user.email, &viewer.display_name)
            .enqueue(&txn)
            .await?;
        txn.commit().await
    }
    .await;
    match outcome {
        Ok(()) => {
            let notice = Message::new("accounts-notice-email-changed").with("email", email.as_str());
            Ok(done(&form.session, &form.path, notice).await)
        }
        Err(error) if is_unique_violation(&error) => {
            form.reject("new_email", Message::new("accounts-email-taken"));
            Ok(form.back().await)
        }
        Err(error) => Err(error.into()),
    }
}

async fn resend(state: &AppState, form: Submission, user: user::Model) -> Result<Response, AppError> {
    if user.email_verified_at.is_some() {
        return Ok(done(
            &form.session,
            &form.path,
            Message::new("accounts-notice-email-verified"),
        )
        .await);
    }
    let user_lang = Lang::parse(&user.lang).unwrap_or(form.lang);
    let outcome = async {
        let txn = state.db.begin().await?;
        send_verification(&txn, state, user_lang, &user, None).await?;
        txn.commit().await
    }
    .await;
    outcome?;
    let notice = Message::new("accounts-notice-verification-sent").with("email", user.email);
    Ok(done(&form.session, &form.path, notice).await)
}
