//! Organisations: the directory filterable by country and kind, and a page per organisation.

pub mod api;
#[cfg(feature = "ssr")]
pub mod editing;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
