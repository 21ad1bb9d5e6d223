//! Job profile pages.

pub mod detail;
pub mod list;
