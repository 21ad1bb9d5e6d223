//! The `users` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub password_hash: Option<String>,
    pub display_name: String,
    pub lang: String,
    pub time_zone: String,
    /// `learner`, `moderator` or `admin`; editors are learners with memberships.
    pub role: crate::auth::model::Role,
    pub email_verified_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// Random; sessions remember it, and changing it signs the user out everywhere.
    pub session_key: String,
    /// The secret in the address of the person's private webinar calendar (kept as it is, so
    /// the account page can show the address again; resetting it replaces it).
    pub calendar_token: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
