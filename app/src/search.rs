//! One search engine for every list and for the site-wide search (issue 17): an index in
//! memory per app server (`tantivy`), rebuilt from the database and kept up to date by the
//! content core's write path; the database stays the source of truth.

pub mod analysis;
pub mod changes;
pub mod derived;
pub mod documents;
pub mod held;
pub mod index;
