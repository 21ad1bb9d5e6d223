//! Creating an account: checked field by field, written in one transaction with its
//! verification e-mail, then signed in.

use super::send_verification;
use crate::accounts::email::Email;
use crate::accounts::forms::SignUpForm;
use crate::accounts::users::{self, CreateError, NewUser};
use crate::auth::model::Role;
use crate::auth::session;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::flash::Message;
use crate::web::forms::Checked;
use axum::extract::State;
use axum::response::Response;
use sea_orm::TransactionTrait;

/// Creates the account from a checked form (`SignUpForm`: every problem is a message on its
/// field, the form given back with what was typed).
pub async fn submit(
    State(state): State<AppState>,
    Checked { value, mut form }: Checked<SignUpForm>,
) -> Result<Response, AppError> {
    let (Ok(email), Some(preferred)) = (Email::parse(&value.email), Lang::parse(&value.language)) else {
        return Ok(form.back().await);
    };
    let (display_name, zone, password) = (
        value.display_name.trim().to_string(),
        value.time_zone.trim().to_string(),
        value.password,
    );
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
