//! Shared page pieces: the layout, notices, filters, pagination and error pages.

pub mod admin_nav;
pub mod alternatives;
pub mod changes;
pub mod dates;
pub mod fallback_notice;
pub mod field_label;
pub mod filters;
pub mod form;
pub mod form_page;
pub mod history;
pub mod json_ld;
pub mod layout;
pub mod level;
pub mod list_frame;
pub mod load;
pub mod markdown;
pub mod not_found;
pub mod numbers;
pub mod page_title;
pub mod pagination;
pub mod picture;
pub mod share_meta;
pub mod status_tag;
pub mod translations;
