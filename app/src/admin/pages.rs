//! The administration pages.

pub mod jobs;
pub mod organisation;
pub mod organisations;
pub mod outbox;
pub mod user;
pub mod users;
