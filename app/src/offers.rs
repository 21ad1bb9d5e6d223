//! Job and training offers: search with filters, offer pages, feeds and structured data.

pub mod api;
pub mod codes;
pub mod json_ld;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod alerts;
#[cfg(feature = "ssr")]
pub mod cards;
#[cfg(feature = "ssr")]
pub mod detail;
#[cfg(feature = "ssr")]
pub mod editing;
#[cfg(feature = "ssr")]
pub mod engine;
#[cfg(feature = "ssr")]
pub mod facets;
#[cfg(feature = "ssr")]
pub mod feed;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod my_data;
#[cfg(feature = "ssr")]
pub mod place_filter;
#[cfg(feature = "ssr")]
pub mod saved;
#[cfg(feature = "ssr")]
pub mod saved_page;
#[cfg(feature = "ssr")]
pub mod saving;
#[cfg(feature = "ssr")]
pub mod seed;
#[cfg(feature = "ssr")]
pub mod service;
