//! The pathway pages.

pub mod admin_badges;
pub mod badge;
pub mod card;
pub mod detail;
pub mod list;
pub mod my_progress;
pub mod quiz;
pub mod resume;
pub mod step;
