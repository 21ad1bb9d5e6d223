//! "My data": everything the portal holds about the signed-in person as JSON (each feature's
//! declared part, `crate::personal_data`), and erasing the account after the password is
//! confirmed.

use crate::accounts::users;
use crate::auth::model::Role;
use crate::auth::session;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::lang::PathLang;
use crate::web::urls::Route;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::Utc;
use http::header;
use sea_orm::TransactionTrait;

/// The JSON download (`Content-Disposition: attachment`).
pub async fn export(
    State(state): State<AppState>,
    PathLang(_): PathLang,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let viewer = context.viewer.ok_or(AppError::Forbidden)?;
    let user = users::find(&state.db, viewer.id)
        .await?
        .ok_or(AppError::NotFound)?;
    // One read transaction: every feature's part is of the same moment.
    let txn = state.db.begin().await?;
    let mut data = crate::personal_data::export(&crate::personal_data_features(), &txn, &user).await?;
    txn.commit().await?;
    data.insert("exported_at".into(), serde_json::json!(Utc::now()));
    // Secrets (password hash, link digests, session key) are not exported: they are not
    // personal data in a useful sense and would only weaken the account if the file leaked.
    let body = serde_json::to_string_pretty(&data).map_err(AppError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"social-tech-academy-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// Erases the account once the password is confirmed, then signs out.
pub async fn delete(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let viewer = context.viewer.ok_or(AppError::Forbidden)?;
    let user = users::find(&state.db, viewer.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = form.raw("password").to_string();
    if !users::verify_password(typed, user.password_hash.clone()).await? {
        form.reject("password", Message::new("accounts-password-wrong"));
        return Ok(form.back().await);
    }
    if user.role == Role::Admin && users::admin_count(&state.db).await? <= 1 {
        form.reject("password", Message::new("admin-last-admin"));
        return Ok(form.back().await);
    }
    users::erase(&state.db, &user).await?;
    session::sign_out(&form.session).await?;
    let to = Route::Home.at(form.lang);
    Ok(done(&form.session, &to, Message::new("accounts-notice-deleted")).await)
}
