//! Server functions of the interview pages.

use super::model::{InterviewDetail, InterviewListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The interview list for `query` (the raw query string of the page).
#[server(prefix = "/_server")]
pub async fn list_interviews(lang: Lang, query: String) -> Result<InterviewListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, lang, &query).await
}

/// One interview by slug.
#[server(prefix = "/_server")]
pub async fn get_interview(lang: Lang, slug: String) -> Result<InterviewDetail, AppError> {
    let db = crate::state::db()?;
    super::service::detail(&db, lang, &slug).await
}
