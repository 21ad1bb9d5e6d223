//! The resource library: guides, toolkits, templates, checklists and recorded talks that
//! partners publish, each with a licence and a file or an external link. The first content type
//! added by following "Adding a content type" in docs/architecture.md.

pub mod api;
pub mod codes;
pub mod json_ld;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod cards;
#[cfg(feature = "ssr")]
pub mod editing;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod my_data;
#[cfg(feature = "ssr")]
pub mod seed;
#[cfg(feature = "ssr")]
pub mod service;
