//! Finishing what a visitor started before signing in: "sign in to save this offer" keeps the
//! action (`Pending`) in the session; the sign-in and sign-up forms carry a checked, same-site
//! `next`; once the person is signed in, the action is completed (`complete`) and they land
//! back where they were, with a message that says it was done. Features register the actions
//! that can be resumed (`crate::resumable_actions`) and what signing in takes over
//! (`crate::sign_in_hooks`: anonymous progress becomes the account's).

use super::flash::Message;
use super::forms::see_other;
use super::urls::Route;
use crate::error::AppError;
use crate::i18n::Lang;
use axum::response::Response;
use futures::future::BoxFuture;
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The session key of the pending action.
pub const PENDING_KEY: &str = "pending";

/// An action started by a visitor who was not signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// The registered name of the action (`crate::resumable_actions`).
    pub action: String,
    /// The page it was started on, where the person comes back.
    pub path: String,
    /// What the form held.
    pub fields: Vec<(String, String)>,
    /// The Fluent key of what the sign-in page says ("sign in to save this offer").
    pub purpose: String,
}

/// An action that can be finished after signing in: its name (the `then` of a sign-in link),
/// the Fluent key of what the sign-in page says about it, and how to finish it.
pub type Resumable = (&'static str, &'static str, Resume);

/// Completes a pending action for user `user_id`; the message says what was done.
pub type Resume =
    for<'a> fn(&'a DatabaseConnection, i32, &'a Pending) -> BoxFuture<'a, Result<Option<Message>, AppError>>;

/// Runs when someone signs in or up on a session, before anything else.
pub type SignInHook =
    for<'a> fn(&'a DatabaseConnection, &'a Session, i32) -> BoxFuture<'a, Result<(), AppError>>;

/// Keeps `pending` and sends the visitor to sign in, coming back to `back` (its page, with
/// the page's query when it has one).
pub async fn sign_in_first(
    session: &Session,
    lang: Lang,
    back: &str,
    pending: Pending,
) -> Result<Response, AppError> {
    session.insert(PENDING_KEY, pending).await?;
    Ok(see_other(&Route::SignIn.with_next(lang, Some(back))))
}

/// The registered action named `name`.
pub fn resumable(name: &str) -> Option<Resumable> {
    crate::resumable_actions()
        .into_iter()
        .find(|(n, _, _)| *n == name)
}

/// After signing in or up: the sign-in hooks, then the action the visitor started, if it
/// belongs to the page they go back to (`to`): the one kept in the session by a form, or the
/// one a sign-in link named (`then`). Returns the message of what was completed.
pub async fn complete(
    db: &DatabaseConnection,
    session: &Session,
    user_id: i32,
    to: &str,
    then: Option<&str>,
) -> Result<Option<Message>, AppError> {
    for hook in crate::sign_in_hooks() {
        hook(db, session, user_id).await?;
    }
    let (page, query) = to
        .split('#')
        .next()
        .unwrap_or(to)
        .split_once('?')
        .unwrap_or((to, ""));
    let kept = session
        .remove::<Pending>(PENDING_KEY)
        .await?
        .filter(|p| p.path == page);
    let named = then.and_then(resumable).map(|(name, purpose, _)| Pending {
        action: name.into(),
        path: page.into(),
        fields: vec![("query".into(), query.into())],
        purpose: purpose.into(),
    });
    let Some(pending) = kept.or(named) else {
        return Ok(None);
    };
    match resumable(&pending.action) {
        Some((_, _, resume)) => resume(db, user_id, &pending).await,
        None => Ok(None),
    }
}
