//! Administration: users (roles and organisation memberships) and the e-mail outbox.
//! Every page and form here needs the administrator role (see `auth::policy`).

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
