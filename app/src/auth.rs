//! Who is asking and what they may do: roles, the signed-in person, the session's identity
//! (a user or an anonymous learner), the access table of whole areas, and the secrets they use.

pub mod model;
pub mod permissions;
pub mod policy;

#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod session_store;
