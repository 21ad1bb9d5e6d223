//! Organisations: the directory filterable by country and kind, and a page per organisation.

pub mod api;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
