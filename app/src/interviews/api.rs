//! Server functions of the interview pages.

use super::model::{InterviewDetail, InterviewListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The interview list for `query` (the raw query string of the page).
#[server(prefix = "/_server")]
pub async fn list_interviews(lang: Lang, query: String) -> Result<InterviewListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, &crate::state::site_search(), lang, &query).await
}

/// One interview by slug.
#[server(prefix = "/_server")]
pub async fn get_interview(lang: Lang, slug: String) -> Result<InterviewDetail, AppError> {
    use crate::entities::interview;
    use crate::webinars::related::{next, RelatedTo};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let db = crate::state::db()?;
    let mut detail = super::service::detail(&db, lang, &slug).await?;
    if let Some(row) = interview::Entity::find()
        .filter(interview::Column::Slug.eq(&slug))
        .one(&db)
        .await?
    {
        let zone = crate::web::context::reader_time_zone(lang);
        let to = RelatedTo::Interview {
            id: row.id,
            job_profile: row.job_profile_id,
        };
        detail.webinars = next(&db, lang, &zone, to, 3).await?;
    }
    Ok(detail)
}
