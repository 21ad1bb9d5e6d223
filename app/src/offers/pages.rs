//! The offer pages.

pub mod card;
pub mod detail;
pub mod facts;
pub mod list;
pub mod place_filter;
pub mod saved;
pub mod search_form;
pub mod unsubscribe;
