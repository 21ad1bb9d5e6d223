//! Invitations to edit for an organisation: an administrator invites an e-mail address; the
//! link in the mail (valid 14 days, used once) lets the person sign up or sign in with that
//! address and accept, which adds the membership.

pub mod api;
pub mod page;

#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod my_data;
#[cfg(feature = "ssr")]
pub mod service;
