//! The content core every content type stands on: one status type, the kinds of item and
//! who owns them, reading an item's text in the reader's language (with the fallback), one
//! write path (index, feeds, audit log and alerts see every change), revisions of published
//! items, and the audit log. See "Adding a content type" in docs/architecture.md.

pub mod history;
pub mod kind;
pub mod snapshot;
pub mod status;

#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod edit;
#[cfg(feature = "ssr")]
pub mod generation;
#[cfg(feature = "ssr")]
pub mod items;
#[cfg(feature = "ssr")]
pub mod revisions;
#[cfg(feature = "ssr")]
pub mod text;
#[cfg(feature = "ssr")]
pub mod translations;
#[cfg(feature = "ssr")]
pub mod write;

pub use kind::{ContentKind, Owner};
pub use status::ContentStatus;
