//! Types shared by the server and the pages: roles, the signed-in person, and the messages a
//! form carries back to the page after a redirect.

use crate::i18n::FluentArg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a person may do. Learner is everyone with an account; editors are learners who
/// publish for at least one organisation; moderators and administrators are stored roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Learner,
    Editor,
    Moderator,
    Admin,
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

/// A translatable message: a Fluent key and its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub key: String,
    pub args: Vec<(String, FluentArg)>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Message {
        Message {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<FluentArg>) -> Message {
        self.args.push((name.to_string(), value.into()));
        self
    }
}

/// The field name of errors about the whole form (expired form, failed sign-in).
pub const FORM_ERROR: &str = "_form";

/// The form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";

/// What a redirect carries to the next page, kept in the session for one view: the values a
/// rejected form held (never passwords), a message per field, or a notice of success.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// The path of the page that shows it.
    pub path: String,
    pub values: BTreeMap<String, String>,
    pub errors: BTreeMap<String, Message>,
    pub notice: Option<Message>,
}
