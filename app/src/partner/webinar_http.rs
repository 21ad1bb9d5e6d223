//! The webinar forms of the partner space (new, save, submit) and the organisers' registrations.

use super::item_http::item_routes;
use super::webinar_form::WebinarForm;
use crate::state::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    item_routes::<WebinarForm>("webinars").merge(super::webinar_registrations::routes())
}
