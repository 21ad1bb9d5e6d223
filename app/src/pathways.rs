//! Training pathways: ordered steps (read, watch, practise, quiz, external course) with
//! progress for signed-in and anonymous learners (resume code), and an Open Badges 3.0
//! credential signed by the portal on completion.

pub mod api;
pub mod codes;
pub mod json_ld;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod badges;
#[cfg(feature = "ssr")]
pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod detail;
#[cfg(feature = "ssr")]
pub mod editing;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod my_data;
#[cfg(feature = "ssr")]
pub mod outline;
#[cfg(feature = "ssr")]
pub mod outline_store;
#[cfg(feature = "ssr")]
pub mod progress;
#[cfg(feature = "ssr")]
pub mod seed;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod step_checks;
#[cfg(feature = "ssr")]
pub mod steps;
