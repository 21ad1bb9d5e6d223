//! Signing in (rate-limited; the same answer for an unknown address and a wrong password)
//! and signing out.

use crate::accounts::forms::SignInForm;
use crate::accounts::users;
use crate::auth::session;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::{Message, FORM_ERROR};
use crate::web::forms::{done, Checked, Submission};
use crate::web::rate_limit::{self, Bucket};
use crate::web::urls::Route;
use axum::extract::State;
use axum::response::Response;
use axum::Extension;

pub async fn submit(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Checked { value, mut form }: Checked<SignInForm>,
) -> Result<Response, AppError> {
    // The account as typed, so that unknown addresses are limited like known ones.
    let account = value.email.trim().to_lowercase();
    let password = value.password;
    let limits = [
        (Bucket::SignInAccount, account.as_str()),
        (Bucket::SignInAddress, context.client_ip.as_str()),
    ];
    if let Err(minutes) = rate_limit::check(&state.db, &limits).await? {
        form.reject(
            FORM_ERROR,
            Message::new("accounts-rate-limited").with("minutes", minutes),
        );
        return Ok(form.back().await);
    }
    let user = users::find_by_email(&state.db, &account).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let matches = users::verify_password(password, stored).await?;
    let user = match user.filter(|_| matches) {
        Some(user) => user,
        None => {
            rate_limit::record(&state.db, &limits).await?;
            form.reject(FORM_ERROR, Message::new("accounts-sign-in-failed"));
            return Ok(form.back().await);
        }
    };
    rate_limit::clear(&state.db, Bucket::SignInAccount, &account).await?;
    session::sign_in(&form.session, &user).await?;
    let lang = crate::i18n::Lang::parse(&user.lang).unwrap_or(form.lang);
    super::signed_in(
        &state,
        &form,
        &user,
        lang,
        Message::new("accounts-notice-signed-in"),
    )
    .await
}

pub async fn sign_out(form: Submission) -> Result<Response, AppError> {
    session::sign_out(&form.session).await?;
    let notice = Message::new("accounts-notice-signed-out");
    Ok(done(&form.session, &Route::Home.at(form.lang), notice).await)
}
