//! Moderation: today, confirming organisations' identity (the "verified" mark on their public
//! page). Needs the moderator role (administrators too).

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
pub mod page;
