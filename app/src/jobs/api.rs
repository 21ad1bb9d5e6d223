//! Server functions of the job profile pages.

use super::model::{JobDetail, JobListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The job profile list for `query` (the raw query string of the page).
#[server(prefix = "/_server")]
pub async fn list_jobs(lang: Lang, query: String) -> Result<JobListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, &crate::state::site_search(), lang, &query).await
}

/// One job profile by slug, with the interviews of people doing it, its open offers and the
/// pathways towards it (each from its own feature).
#[server(prefix = "/_server")]
pub async fn get_job(lang: Lang, slug: String) -> Result<JobDetail, AppError> {
    let db = crate::state::db()?;
    let (mut job, id) = super::service::detail(&db, lang, &slug).await?;
    job.interviews = crate::interviews::service::for_job_profile(&db, lang, id).await?;
    job.offers = crate::offers::cards::open_offers_of(&db, lang, None, Some(id)).await?;
    job.pathways = crate::pathways::service::towards_profile(&db, lang, id).await?;
    job.gaps = crate::assessment::gaps::for_job_profile(&db, lang, id).await?;
    let zone = crate::web::context::reader_time_zone(lang);
    job.webinars = crate::webinars::related::next(
        &db,
        lang,
        &zone,
        crate::webinars::related::RelatedTo::JobProfile(id),
        3,
    )
    .await?;
    Ok(job)
}
