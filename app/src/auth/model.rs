//! Who is asking: roles and the signed-in person, shared by the server and the pages.

use serde::{Deserialize, Serialize};

/// What a person may do. Learner is everyone with an account; editors are learners who
/// publish for at least one organisation; moderators and administrators are stored roles
/// (`users.role`, through SeaORM's active enum; `editor` is never stored there).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
)]
pub enum Role {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "learner"))]
    Learner,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "editor"))]
    Editor,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "moderator"))]
    Moderator,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "admin"))]
    Admin,
}

/// A person's role inside one organisation (`organisation_members.role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
)]
pub enum MembershipRole {
    /// Writes and submits the organisation's content.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "editor"))]
    Editor,
}

impl Role {
    /// Every role, in the order of the admin page.
    pub const ALL: [Role; 4] = [Role::Learner, Role::Editor, Role::Moderator, Role::Admin];
    /// The roles stored in `users.role` (editor comes from memberships).
    pub const STORED: [Role; 3] = [Role::Learner, Role::Moderator, Role::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Editor => "editor",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The Fluent key of the role's name.
    pub fn label_key(self) -> String {
        format!("role-{}", self.code())
    }
}

/// The signed-in person, loaded from the database on every request (so a role change or a
/// deletion takes effect at once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub lang: String,
    pub time_zone: String,
    /// The stored role: learner, moderator or admin.
    pub role: Role,
    /// The organisations this person publishes for.
    pub organisation_ids: Vec<i32>,
    pub email_verified: bool,
}

impl Viewer {
    /// Whether this person has `need`'s rights. Administrators may do everything; moderators
    /// everything a learner may; editing needs a membership (or administrator rights).
    pub fn can(&self, need: Role) -> bool {
        match need {
            Role::Learner => true,
            Role::Editor => !self.organisation_ids.is_empty() || self.role == Role::Admin,
            Role::Moderator => matches!(self.role, Role::Moderator | Role::Admin),
            Role::Admin => self.role == Role::Admin,
        }
    }

    /// The role to show: a learner with memberships is an editor.
    pub fn shown_role(&self) -> Role {
        shown_role(self.role, !self.organisation_ids.is_empty())
    }
}

/// The role to show for a stored role and whether the person has memberships.
pub fn shown_role(stored: Role, has_memberships: bool) -> Role {
    if stored == Role::Learner && has_memberships {
        Role::Editor
    } else {
        stored
    }
}
