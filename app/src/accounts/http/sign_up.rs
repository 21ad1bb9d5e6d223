//! Creating an account: checked field by field, written in one transaction with its
//! verification e-mail, then signed in.

use super::send_verification;
use crate::accounts::email::Email;
use crate::accounts::users::{self, CreateError, NewUser};
use crate::accounts::{password, time_zone};
use crate::auth::model::Role;
use crate::auth::session;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::flash::Message;
use crate::web::forms::Submission;
use axum::extract::State;
use axum::response::Response;
use sea_orm::TransactionTrait;

/// The longest display name, in characters.
pub const NAME_MAX: usize = 120;

pub async fn submit(State(state): State<AppState>, mut form: Submission) -> Result<Response, AppError> {
    let email = check_email(&mut form, "email");
    let display_name = check_name(&mut form, "display_name");
    let password = form.raw("password").to_string();
    if let Err(error) = password::check_policy(&password) {
        form.reject(
            "password",
            Message::new(format!("accounts-password-{}", error.code())),
        );
    } else if form.raw("password_confirm") != password {
        form.reject("password_confirm", Message::new("accounts-password-mismatch"));
    }
    let preferred = check_language(&mut form, "language");
    let zone = check_time_zone(&mut form, "time_zone");
    let (Some(email), Some(preferred), Some(zone)) = (email, preferred, zone) else {
        return Ok(form.back().await);
    };
    if !form.is_valid() {
        return Ok(form.back().await);
    }
    if users::find_by_email(&state.db, email.as_str()).await?.is_some() {
        form.reject("email", Message::new("accounts-email-taken"));
        return Ok(form.back().await);
    }
    let hash = users::hash_password(password).await?;
    let created = async {
        let txn = state.db.begin().await?;
        let user = users::create(
            &txn,
            NewUser {
                email: email.as_str().to_string(),
                display_name,
                password_hash: hash,
                lang: preferred.code().into(),
                time_zone: zone,
                role: Role::Learner,
            },
        )
        .await?;
        send_verification(&txn, &state, preferred, &user, form.next().as_deref()).await?;
        txn.commit().await?;
        Ok::<_, CreateError>(user)
    }
    .await;
    let user = match created {
        Ok(user) => user,
        Err(CreateError::EmailTaken) => {
            form.reject("email", Message::new("accounts-email-taken"));
            return Ok(form.back().await);
        }
        Err(CreateError::Db(error)) => return Err(error.into()),
    };
    session::sign_in(&form.session, &user).await?;
    let welcome = Message::new("accounts-notice-signed-up").with("email", user.email.clone());
    super::signed_in(&state, &form, &user, preferred, welcome).await
}

/// A valid address from `field`, or a message on it.
pub fn check_email(form: &mut Submission, field: &str) -> Option<Email> {
    match Email::parse(form.raw(field)) {
        Ok(email) => Some(email),
        Err(error) => {
            form.reject(field, Message::new(format!("accounts-email-{}", error.code())));
            None
        }
    }
}

/// A display name from `field`, or a message on it.
pub fn check_name(form: &mut Submission, field: &str) -> String {
    let name = form.text(field);
    if name.is_empty() {
        form.reject(field, Message::new("accounts-display-name-empty"));
    } else if name.chars().count() > NAME_MAX {
        form.reject(field, Message::new("accounts-display-name-too-long"));
    }
    name
}

/// A language of the site from `field`, or a message on it.
pub fn check_language(form: &mut Submission, field: &str) -> Option<Lang> {
    let lang = Lang::parse(form.raw(field));
    if lang.is_none() {
        form.reject(field, Message::new("accounts-language-invalid"));
    }
    lang
}

/// A time zone of the list from `field`, or a message on it.
pub fn check_time_zone(form: &mut Submission, field: &str) -> Option<String> {
    let zone = form.text(field);
    if time_zone::is_valid(&zone) {
        Some(zone)
    } else {
        form.reject(field, Message::new("accounts-time-zone-invalid"));
        None
    }
}
