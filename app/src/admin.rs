//! Administration: users (roles and organisation memberships), organisations (create, verify,
//! archive, editors and invitations) and the e-mail outbox.
//! Every page and form here needs the administrator role (see `auth::policy`).

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod organisation_http;
#[cfg(feature = "ssr")]
pub mod organisations;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
