//! Accounts: sign-up, sign-in and out, the account page, one-time links, "my data", the
//! sign-in rate limit and the account e-mails. Who is signed in is `crate::auth`; the
//! authorization layer is `crate::web::guard`.

pub mod api;
pub mod email;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod housekeeping;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod my_data;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod time_zone;
#[cfg(feature = "ssr")]
pub mod users;
