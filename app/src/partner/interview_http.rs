//! The interview and organisation-profile forms of the partner space.

use super::interview_form::InterviewForm;
use super::item_http::{item_routes, save_route};
use super::profile_form::ProfileForm;
use crate::state::AppState;
use axum::routing::post;
use axum::Router;

pub fn routes() -> Router<AppState> {
    item_routes::<InterviewForm>("interviews").route(
        "/{lang}/partner/organisations/{id}",
        post(save_route::<ProfileForm>),
    )
}
