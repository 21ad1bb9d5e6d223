//! What every content type shares: the translation fallback, list queries, the competence
//! framework look-ups and the demo content loader.

pub mod codes;
pub mod query;
pub mod translation;

#[cfg(feature = "ssr")]
pub mod words;

#[cfg(feature = "ssr")]
pub mod framework;
#[cfg(feature = "ssr")]
pub mod seed;
