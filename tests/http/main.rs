//! In-process HTTP tests: the real router, called with `tower::ServiceExt::oneshot`, each test
//! on a fresh database — SQLite always, and PostgreSQL when `TEST_POSTGRES_URL` is set
//! (`make test` starts one).

mod account_links;
mod accounts;
mod authorization;
mod catalogue;
mod data;
mod i18n;
mod mailer;
mod offers;
mod operations;
mod robustness;
mod routing;
mod saved_offers;
mod sessions;
mod support;
