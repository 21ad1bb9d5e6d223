//! The partner space `/{lang}/partner`: an organisation's content by status and kind, for its
//! editors (and administrators), with the organisation they act for chosen on the page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod checks;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod editing;
#[cfg(feature = "ssr")]
pub mod http;
pub mod item_frame;
pub mod model;
#[cfg(feature = "ssr")]
pub mod offer_edit;
#[cfg(feature = "ssr")]
pub mod offer_form;
pub mod offer_page;
pub mod page;
#[cfg(feature = "ssr")]
pub mod resource_edit;
#[cfg(feature = "ssr")]
pub mod resource_form;
#[cfg(feature = "ssr")]
pub mod resource_http;
pub mod resource_page;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod translation;
pub mod translation_page;
