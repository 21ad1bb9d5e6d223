//! Job profiles ("métiers"): the list filterable by competence area, and a page per profile.

pub mod api;
#[cfg(feature = "ssr")]
pub mod editing;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
