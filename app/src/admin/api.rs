//! Server functions of the administration pages; each starts with `require_role(Admin)`.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A row of the users table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    /// Fluent key of the shown role.
    pub role_key: String,
    pub organisations: Vec<String>,
    pub verified: bool,
    /// ISO date.
    pub created: String,
}

/// One user, with what the forms need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserDetail {
    pub user: UserRow,
    /// The stored role's code (learner, moderator, admin).
    pub stored_role: String,
    /// (id, name) of the organisations the user publishes for.
    pub memberships: Vec<(i32, String)>,
    /// (id, name) of every organisation.
    pub all_organisations: Vec<(i32, String)>,
}

/// A message of the outbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// ISO date-time (UTC).
    pub created: String,
    pub sent: Option<String>,
    pub attempts: i32,
    pub last_error: Option<String>,
    /// The name of the file sent with it.
    pub attachment: Option<String>,
}

/// The users whose name or e-mail contains `q` (all when empty), newest first.
#[server(prefix = "/_server")]
pub async fn list_users(q: String) -> Result<Vec<UserRow>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    Ok(super::service::users(&db, &q).await?)
}

#[server(prefix = "/_server")]
pub async fn get_user(id: i32) -> Result<UserDetail, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    super::service::user(&db, id).await?.ok_or(AppError::NotFound)
}

/// The latest 200 messages, newest first.
#[server(prefix = "/_server")]
pub async fn list_outbox() -> Result<Vec<OutboxRow>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    Ok(super::service::outbox(&db).await?)
}

/// A background job, as administrators see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobRow {
    pub id: i32,
    pub kind: String,
    pub key: String,
    /// pending, running, done or failed.
    pub state: String,
    pub attempts: i32,
    /// ISO date-times (UTC).
    pub run_at: String,
    pub last_run_at: Option<String>,
    pub last_error: Option<String>,
}

/// Every background job, the failed and failing first.
#[server(prefix = "/_server")]
pub async fn list_background_jobs() -> Result<Vec<JobRow>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    Ok(crate::background::overview(&db)
        .await?
        .into_iter()
        .map(|j| JobRow {
            id: j.id,
            kind: j.kind,
            key: j.key,
            state: j.state,
            attempts: j.attempts,
            run_at: j.run_at.to_rfc3339(),
            last_run_at: j.last_run_at.map(|t| t.to_rfc3339()),
            last_error: j.last_error,
        })
        .collect())
}

/// An organisation in the administrators' list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationRow {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub status: crate::content::ContentStatus,
    pub verified: bool,
    pub editors: usize,
}

/// One organisation, with its editors and invitations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationAdmin {
    pub row: OrganisationRow,
    /// (user id, name, e-mail) of each editor.
    pub editors: Vec<(i32, String, String)>,
    /// (e-mail, ISO date sent, accepted) of each invitation, newest first.
    pub invitations: Vec<(String, String, bool)>,
}

/// Every organisation, by name.
#[server(prefix = "/_server")]
pub async fn list_organisations() -> Result<Vec<OrganisationRow>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    super::organisations::list(&db).await
}

#[server(prefix = "/_server")]
pub async fn get_organisation(id: i32) -> Result<OrganisationAdmin, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    super::organisations::detail(&db, id).await
}
