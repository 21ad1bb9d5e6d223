//! Who is asking: roles and the signed-in person, shared by the server and the pages.

use serde::{Deserialize, Serialize};

stored_enum! {
    /// What a person may do. Learner is everyone with an account; editors are learners who
    /// publish for at least one organisation; moderators and administrators are stored roles
    /// (`users.role`; `editor` is never stored there). `ALL` is the order of the admin page.
    pub enum Role {
        Learner = "learner",
        Editor = "editor",
        Moderator = "moderator",
        Admin = "admin",
    }
}

stored_enum! {
    /// A person's role inside one organisation (`organisation_members.role`).
    pub enum MembershipRole {
        /// Writes and submits the organisation's content.
        Editor = "editor",
    }
}

impl Role {
    /// The roles stored in `users.role` (editor comes from memberships).
    pub const STORED: [Role; 3] = [Role::Learner, Role::Moderator, Role::Admin];

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
