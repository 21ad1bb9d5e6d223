//! Server functions of the pathway pages.

use super::model::{AdminBadge, BadgeView, LearnerProgress, PathwayDetail, PathwayListPage, StepPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// `/{lang}/pathways` for the raw query string `query`.
#[server(prefix = "/_server")]
pub async fn list_pathways(lang: Lang, query: String) -> Result<PathwayListPage, AppError> {
    let db = crate::state::db()?;
    let (learner, _) = crate::learners::of_request(&db).await?;
    super::service::list(&db, &crate::state::site_search(), lang, &query, learner).await
}

/// One pathway with this learner's progress.
#[server(prefix = "/_server")]
pub async fn get_pathway(lang: Lang, slug: String) -> Result<PathwayDetail, AppError> {
    let db = crate::state::db()?;
    let (learner, code) = crate::learners::of_request(&db).await?;
    let mut detail = super::detail::detail(&db, lang, &slug, learner).await?;
    let viewer = crate::web::context::current_viewer();
    detail.signed_in = viewer.is_some();
    detail.proposed_name = viewer.map(|v| v.display_name).unwrap_or_default();
    detail.resume_code = code;
    Ok(detail)
}

/// Step `n` of a pathway (a number from 1; anything else is not found).
#[server(prefix = "/_server")]
pub async fn get_step(lang: Lang, slug: String, n: String) -> Result<StepPage, AppError> {
    let n: u32 = n.parse().map_err(|_| AppError::NotFound)?;
    let db = crate::state::db()?;
    let (learner, code) = crate::learners::of_request(&db).await?;
    let mut page = super::steps::step_page(&db, lang, &slug, n, learner).await?;
    page.resume_code = code;
    Ok(page)
}

/// The public page of a badge.
#[server(prefix = "/_server")]
pub async fn get_badge(id: String) -> Result<BadgeView, AppError> {
    let db = crate::state::db()?;
    let (learner, _) = crate::learners::of_request(&db).await?;
    let origin = use_context::<crate::state::AppState>()
        .map(|s| s.public_url.trim_end_matches('/').to_string())
        .unwrap_or_default();
    let mut badge = super::badges::view(&db, &origin, &id, learner).await?;
    badge.can_revoke =
        crate::web::context::current_viewer().is_some_and(|v| v.can(crate::auth::model::Role::Admin));
    Ok(badge)
}

/// The signed-in learner's pathways in progress or done ("continue where you left off").
#[server(prefix = "/_server")]
pub async fn my_pathways(lang: Lang) -> Result<Vec<LearnerProgress>, AppError> {
    let viewer = crate::web::context::require_user()?;
    let db = crate::state::db()?;
    let Some(learner) = crate::learners::of_user(&db, viewer.id).await? else {
        return Ok(Vec::new());
    };
    super::service::progress_of(&db, lang, learner.id).await
}

/// Every badge issued, newest first (administrators).
#[server(prefix = "/_server")]
pub async fn all_badges(lang: Lang) -> Result<Vec<AdminBadge>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Admin)?;
    let db = crate::state::db()?;
    super::service::all_badges(&db, lang).await
}
