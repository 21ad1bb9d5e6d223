//! The webinar pages.

pub mod card;
pub mod detail;
pub mod list;
pub mod mine;
pub mod registration;
