//! The resource pages: the list with its search, and one resource.

pub mod card;
pub mod detail;
pub mod list;
