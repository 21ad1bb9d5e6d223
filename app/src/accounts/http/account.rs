//! The account page's forms, told apart by their `action` field: profile, password, e-mail
//! address, and sending the confirmation link again.

use super::sign_up::{check_email, check_language, check_name, check_time_zone};
use super::{done, internal, lang_of, send_verification, Submission};
use crate::accounts::context::RequestContext;
use crate::accounts::model::{Message, Viewer};
use crate::accounts::users::{self, is_unique_violation};
use crate::accounts::{mail, password, session};
use crate::entities::user;
use crate::i18n::Lang;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::{Extension, Form};
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
use tower_sessions::Session;

pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    // The authorization layer lets only signed-in people here; checked again all the same.
    let Some(viewer) = context.viewer else {
        return crate::accounts::guard::see_other(&format!("/{}/account/sign-in", lang.code()));
    };
    let user = match users::find(&state.db, viewer.id).await {
        Ok(Some(user)) => user,
        Ok(None) => return internal("signed-in user vanished"),
        Err(error) => return internal(error),
    };
    let mut form = Submission::new(session, lang, format!("/{}/account", lang.code()), fields);
    form.anchor = match form.raw("action") {
        "profile" => "#profile-title",
        "password" => "#password-title",
        "email" => "#email-title",
        _ => "",
    };
    match form.raw("action") {
        "profile" => profile(&state, form, user).await,
        "password" => change_password(&state, form, user).await,
        "email" => change_email(&state, form, user, &viewer).await,
        "resend-verification" => resend(&state, form, user).await,
        _ => form.back().await,
    }
}

async fn profile(state: &AppState, mut form: Submission, user: user::Model) -> Response {
    let name = check_name(&mut form, "display_name");
    let preferred = check_language(&mut form, "language");
    let zone = check_time_zone(&mut form, "time_zone");
    let (Some(preferred), Some(zone)) = (preferred, zone) else {
        return form.back().await;
    };
    if !form.is_valid() {
        return form.back().await;
    }
    let mut active: user::ActiveModel = user.into();
    active.display_name = Set(name);
    active.lang = Set(preferred.code().into());
    active.time_zone = Set(zone);
    if let Err(error) = active.update(&state.db).await {
        return internal(error);
    }
    // A new preferred language shows the account page in it.
    done(
        &form.session,
        &format!("/{}/account", preferred.code()),
        Message::new("accounts-notice-profile-saved"),
    )
    .await
}

async fn change_password(state: &AppState, mut form: Submission, user: user::Model) -> Response {
    let current = form.raw("current_password").to_string();
    let new = form.raw("new_password").to_string();
    if let Err(error) = password::check_policy(&new) {
        form.reject(
            "new_password",
            Message::new(format!("accounts-password-{}", error.code())),
        );
    } else if form.raw("new_password_confirm") != new {
        form.reject("new_password_confirm", Message::new("accounts-password-mismatch"));
    }
    match users::verify_password(current, user.password_hash.clone()).await {
        Ok(true) => {}
        Ok(false) => form.reject("current_password", Message::new("accounts-password-wrong")),
        Err(error) => return internal(error),
    }
    if !form.is_valid() {
        return form.back().await;
    }
    let hash = match users::hash_password(new).await {
        Ok(hash) => hash,
        Err(error) => return internal(error),
    };
    let user = match users::set_password(&state.db, user, hash).await {
        Ok(user) => user,
        Err(error) => return internal(error),
    };
    // Every other session ends with the old key; this one continues with a new id.
    if let Err(error) = session::sign_in(&form.session, &user).await {
        return internal(error);
    }
    let path = form.path.clone();
    done(
        &form.session,
        &path,
        Message::new("accounts-notice-password-changed"),
    )
    .await
}

async fn change_email(
    state: &AppState,
    mut form: Submission,
    user: user::Model,
    viewer: &Viewer,
) -> Response {
    let email = check_email(&mut form, "new_email");
    match users::verify_password(form.raw("email_password").to_string(), user.password_hash.clone()).await {
        Ok(true) => {}
        Ok(false) => form.reject("email_password", Message::new("accounts-password-wrong")),
        Err(error) => return internal(error),
    }
    let Some(email) = email else {
        return form.back().await;
    };
    if !form.is_valid() {
        return form.back().await;
    }
    if email.as_str() == user.email {
        let path = form.path.clone();
        return done(
            &form.session,
            &path,
            Message::new("accounts-notice-profile-saved"),
        )
        .await;
    }
    let user_lang = Lang::parse(&user.lang).unwrap_or(form.lang);
    let old = user.email.clone();
    let outcome = async {
        let txn = state.db.begin().await?;
        let mut active: user::ActiveModel = user.into();
        active.email = Set(email.as_str().to_string());
        active.email_verified_at = Set(None);
        let user = active.update(&txn).await?;
        send_verification(&txn, state, user_lang, &user).await?;
        mail::email_changed(user_lang, user.id, &old, &user.email, &viewer.display_name)
            .enqueue(&txn)
            .await?;
        txn.commit().await
    }
    .await;
    match outcome {
        Ok(()) => {
            let path = form.path.clone();
            done(
                &form.session,
                &path,
                Message::new("accounts-notice-email-changed").with("email", email.as_str()),
            )
            .await
        }
        Err(error) if is_unique_violation(&error) => {
            form.reject("new_email", Message::new("accounts-email-taken"));
            form.back().await
        }
        Err(error) => internal(error),
    }
}

async fn resend(state: &AppState, form: Submission, user: user::Model) -> Response {
    let path = form.path.clone();
    if user.email_verified_at.is_some() {
        return done(
            &form.session,
            &path,
            Message::new("accounts-notice-email-verified"),
        )
        .await;
    }
    let user_lang = Lang::parse(&user.lang).unwrap_or(form.lang);
    let outcome = async {
        let txn = state.db.begin().await?;
        send_verification(&txn, state, user_lang, &user).await?;
        txn.commit().await
    }
    .await;
    if let Err(error) = outcome {
        return internal(error);
    }
    done(
        &form.session,
        &path,
        Message::new("accounts-notice-verification-sent").with("email", user.email),
    )
    .await
}
