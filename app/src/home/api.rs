//! The home page's data: how much there is to explore, and the latest interviews.

use crate::error::AppError;
use crate::i18n::Lang;
use crate::interviews::model::InterviewCard;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Counts of published content and the latest portraits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeSummary {
    pub jobs: u64,
    pub interviews: u64,
    pub organisations: u64,
    pub latest: Vec<InterviewCard>,
    /// The next webinars.
    pub webinars: Vec<crate::webinars::model::WebinarCard>,
}

/// Loads the home page's data.
#[server(prefix = "/_server")]
pub async fn home_data(lang: Lang) -> Result<HomeSummary, AppError> {
    use crate::content::ContentStatus;
    use crate::entities::{interview, job_profile, organisation};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
    let db = crate::state::db()?;
    let jobs = job_profile::Entity::find()
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .count(&db)
        .await?;
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .count(&db)
        .await?;
    let published = interview::Entity::find().filter(interview::Column::Status.eq(ContentStatus::Published));
    let interviews = published.clone().count(&db).await?;
    let rows = published
        .order_by_desc(interview::Column::PublishedOn)
        .order_by_desc(interview::Column::Id)
        .limit(3)
        .all(&db)
        .await?;
    let latest = crate::interviews::service::cards(&db, lang, rows).await?;
    let zone = crate::web::context::reader_time_zone(lang);
    let webinars =
        crate::webinars::related::next(&db, lang, &zone, crate::webinars::related::RelatedTo::Anything, 3)
            .await?;
    Ok(HomeSummary {
        webinars,
        jobs,
        interviews,
        organisations,
        latest,
    })
}
