//! Shared page pieces: the layout, notices, filters, pagination and error pages.

pub mod fallback_notice;
pub mod filters;
pub mod layout;
pub mod not_found;
pub mod pagination;
pub mod dates;
pub mod markdown;
pub mod load;
pub mod page_title;
