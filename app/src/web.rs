//! The web layer every feature's handlers and pages stand on: the request context (viewer,
//! flash, CSRF), the authorization layer, the language of the URL, forms (typed, checked, sent
//! back with every value and a message per field), flash messages, and URL builders. Errors
//! become responses through `AppError` (`crate::error`).

pub mod context;
pub mod flash;
pub mod urls;

#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod lang;
#[cfg(feature = "ssr")]
pub mod pending;
#[cfg(feature = "ssr")]
pub mod problem;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod trace;
#[cfg(feature = "ssr")]
pub mod upload;

/// The name of the one cookie the site sets (the session; the privacy notice names it).
pub const SESSION_COOKIE: &str = "sta_session";

/// The path prefix of the server functions (private: `/api/` is kept for the public API).
pub const SERVER_FN_PREFIX: &str = "/_server";
