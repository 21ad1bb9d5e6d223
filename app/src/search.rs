//! One search engine for every list and for the site-wide search (issue 17): an index in
//! memory per app server (`tantivy`), rebuilt from the database and kept up to date by the
//! content core's write path; the database stays the source of truth.

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod analysis;
#[cfg(feature = "ssr")]
pub mod changes;
#[cfg(feature = "ssr")]
pub mod derived;
#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
pub mod held;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod kind;
#[cfg(feature = "ssr")]
pub mod lists;
#[cfg(feature = "ssr")]
pub mod offer_context;
#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod snippet;
