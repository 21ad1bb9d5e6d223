//! Who the session belongs to, and signing in and out. The session keeps only the user's id
//! and session key (or an anonymous learner's id), the CSRF token and the flash; the person is
//! read from the database on every request.

use super::model::Viewer;
use crate::entities::{organisation_member, user};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

pub const USER_KEY: &str = "user";
pub const CSRF_KEY: &str = "csrf";

/// The session key of the anonymous learner (pathways without an account).
pub const LEARNER_KEY: &str = "learner";

/// The anonymous learner of a session, with the resume code shown to them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SessionLearner {
    pub id: i32,
    pub code: String,
}

/// The signed-in user as the session remembers them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i32,
    /// Must equal `users.session_key`: a password change or a deletion signs out everywhere.
    pub key: String,
}

/// The person signed in on this session, or `None` (a stale session is cleared).
pub async fn load_viewer(
    db: &impl ConnectionTrait,
    session: &Session,
) -> Result<Option<Viewer>, sea_orm::DbErr> {
    let remembered = match session.get::<SessionUser>(USER_KEY).await {
        Ok(Some(remembered)) => remembered,
        Ok(None) => return Ok(None),
        Err(error) => {
            tracing::warn!(%error, "unreadable session");
            return Ok(None);
        }
    };
    let user = user::Entity::find_by_id(remembered.id).one(db).await?;
    let Some(user) =
        user.filter(|u| !u.session_key.is_empty() && super::secret::same(&u.session_key, &remembered.key))
    else {
        let _ = session.remove::<SessionUser>(USER_KEY).await;
        return Ok(None);
    };
    let organisation_ids = memberships(db, user.id).await?;
    Ok(Some(viewer_of(user, organisation_ids)))
}

/// The `Viewer` of user `id` (for work done on their behalf outside a request of theirs).
pub async fn viewer_by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<Viewer>, sea_orm::DbErr> {
    let Some(user) = user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let organisation_ids = memberships(db, id).await?;
    Ok(Some(viewer_of(user, organisation_ids)))
}

async fn memberships(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<i32>, sea_orm::DbErr> {
    Ok(organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user_id))
        .order_by_asc(organisation_member::Column::OrganisationId)
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect())
}

/// The `Viewer` of a user row.
pub fn viewer_of(user: user::Model, organisation_ids: Vec<i32>) -> Viewer {
    Viewer {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        lang: user.lang,
        time_zone: user.time_zone,
        role: user.role,
        organisation_ids,
        email_verified: user.email_verified_at.is_some(),
    }
}

/// Signs `user` in: a new session id (no fixation), a new CSRF token.
pub async fn sign_in(session: &Session, user: &user::Model) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    session
        .insert(
            USER_KEY,
            SessionUser {
                id: user.id,
                key: user.session_key.clone(),
            },
        )
        .await?;
    session.insert(CSRF_KEY, super::secret::random_token()).await
}

/// Signs out: the session's data and row are deleted, and what follows (the notice) lives in
/// a session with a new id (`flush` alone would store it under the old id again).
pub async fn sign_out(session: &Session) -> Result<(), tower_sessions::session::Error> {
    session.flush().await?;
    session.cycle_id().await
}
