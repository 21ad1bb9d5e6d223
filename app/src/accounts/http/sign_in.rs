//! Signing in (rate-limited; the same answer for an unknown address and a wrong password)
//! and signing out.

use super::{done, internal, lang_of, Submission};
use crate::accounts::context::RequestContext;
use crate::accounts::model::{Message, FORM_ERROR};
use crate::accounts::policy::safe_next;
use crate::accounts::{rate_limit, session, users};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::{Extension, Form};
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
    let mut form = Submission::new(session, lang, String::new(), fields);
    let next = safe_next(form.raw("next"));
    form.path = match &next {
        Some(next) => format!(
            "/{}/account/sign-in?next={}",
            lang.code(),
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        ),
        None => format!("/{}/account/sign-in", lang.code()),
    };
    // The account as typed, so that unknown addresses are limited like known ones.
    let account = form.text("email").to_lowercase();
    let password = form.raw("password").to_string();
    if account.is_empty() {
        form.reject("email", Message::new("accounts-email-empty"));
    }
    if password.is_empty() {
        form.reject("password", Message::new("accounts-password-empty"));
    }
    if !form.is_valid() {
        return form.back().await;
    }
    match rate_limit::check(&state.db, &account, &context.client_ip).await {
        Ok(Ok(())) => {}
        Ok(Err(minutes)) => {
            form.reject(
                FORM_ERROR,
                Message::new("accounts-rate-limited").with("minutes", minutes),
            );
            return form.back().await;
        }
        Err(error) => return internal(error),
    }
    let user = match users::find_by_email(&state.db, &account).await {
        Ok(user) => user,
        Err(error) => return internal(error),
    };
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let matches = match users::verify_password(password, stored).await {
        Ok(matches) => matches,
        Err(error) => return internal(error),
    };
    let user = match user.filter(|_| matches) {
        Some(user) => user,
        None => {
            if let Err(error) = rate_limit::record_failure(&state.db, &account, &context.client_ip).await {
                return internal(error);
            }
            form.reject(FORM_ERROR, Message::new("accounts-sign-in-failed"));
            return form.back().await;
        }
    };
    if let Err(error) = rate_limit::clear_account(&state.db, &account).await {
        return internal(error);
    }
    if let Err(error) = session::sign_in(&form.session, &user).await {
        return internal(error);
    }
    // What this visitor learnt before signing in is theirs.
    if let Err(error) = crate::pathways::learner::adopt(&state.db, &form.session, user.id).await {
        return internal(error);
    }
    let to = next.unwrap_or_else(|| format!("/{}/account", user.lang));
    done(&form.session, &to, Message::new("accounts-notice-signed-in")).await
}

pub async fn sign_out(session: Session, Path(lang): Path<String>) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    if let Err(error) = session::sign_out(&session).await {
        return internal(error);
    }
    done(
        &session,
        &format!("/{}/", lang.code()),
        Message::new("accounts-notice-signed-out"),
    )
    .await
}
