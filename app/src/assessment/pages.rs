//! The self-assessment's pages and the gap box other pages show.

pub mod area;
pub mod chart;
pub mod gap_box;
pub mod profile;
pub mod results;
