//! Accounts and the security baseline (in progress: issue 4). Today: password policy and
//! hashing, e-mail addresses, and the database session store.

pub mod email;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod session_store;
