//! In-process HTTP tests: the real router, called with `tower::ServiceExt::oneshot`, each test
//! on a fresh database — SQLite always, and PostgreSQL when `TEST_POSTGRES_URL` is set
//! (`make test` starts one).

mod account_links;
mod account_page;
mod accounts;
mod admin_organisations;
mod administration;
mod authorization;
mod authorization_writes;
mod background;
mod catalogue;
mod client;
mod content_core;
mod content_versions;
mod data;
mod errors;
mod i18n;
mod mailer;
mod moderation_loop;
mod offers;
mod offers_index;
mod offers_index_updates;
mod offers_open_data;
mod operations;
mod partner;
mod partner_demo;
mod partner_interviews;
mod partner_matrix;
mod partner_offers;
mod partner_translations;
mod pathways;
mod pathways_badges;
mod pathways_journey;
mod pathways_resume;
mod resources;
mod resources_partner;
mod robustness;
mod routing;
mod saved_offers;
mod saved_offers_flow;
mod sessions;
mod sign_in;
mod snapshots;
mod sql;
mod support;
mod translation_proposals;
