//! Server functions of the self-assessment's pages (one per page: SQLite answers on one
//! connection).

use super::model::{AreaPage, ProfilePage, ResultsPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// `/{lang}/assessment` for the raw query string `query` (`?area=n`).
#[server(prefix = "/_server")]
pub async fn get_area(lang: Lang, query: String) -> Result<AreaPage, AppError> {
    let db = crate::state::db()?;
    let (learner, code) = crate::learners::of_request(&db).await?;
    let mut page = super::service::area_page(&db, lang, &query, learner).await?;
    page.resume_code = code;
    page.signed_in = crate::web::context::current_viewer().is_some();
    Ok(page)
}

/// `/{lang}/assessment/profile`.
#[server(prefix = "/_server")]
pub async fn get_profile(lang: Lang) -> Result<ProfilePage, AppError> {
    let db = crate::state::db()?;
    let (learner, code) = crate::learners::of_request(&db).await?;
    let mut page = super::service::profile_page(&db, lang, learner).await?;
    page.resume_code = code;
    Ok(page)
}

/// `/{lang}/assessment/results` for the raw query string `query` (the offer filters).
#[server(prefix = "/_server")]
pub async fn get_results(lang: Lang, query: String) -> Result<ResultsPage, AppError> {
    let db = crate::state::db()?;
    let (learner, _) = crate::learners::of_request(&db).await?;
    super::results::results_page(&db, lang, &query, learner).await
}
