//! Interviews: portraits of professionals, filterable by job profile and country.

pub mod api;
#[cfg(feature = "ssr")]
pub mod editing;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
