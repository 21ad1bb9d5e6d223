//! Job profiles ("métiers"): the list filterable by competence area, and a page per profile.

pub mod api;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
