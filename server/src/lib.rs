//! The Social Tech Academy server: configuration, database start-up and the router.
//! `main.rs` only reads the settings and serves; tests build the same router in process.

pub mod admin_cli;
pub mod assets;
pub mod background;
pub mod bench_data;
pub mod commands;
pub mod config;
pub mod db;
pub mod errors;
pub mod html;
pub mod mailer;
pub mod ops;
pub mod router;
pub mod security;
pub mod serve;
pub mod sessions;
pub mod transfer;

pub use config::Settings;
pub use router::{app_state, build_app, build_router, build_router_with};
