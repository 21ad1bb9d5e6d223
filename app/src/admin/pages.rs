//! The administration pages.

pub mod jobs;
pub mod outbox;
pub mod user;
pub mod users;
