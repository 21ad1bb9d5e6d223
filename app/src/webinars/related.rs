//! The next webinars related to a page's subject — a job profile, an organisation, an
//! interview's person — or simply the next ones (the home page): published, not over yet,
//! soonest first, as cards in the reader's zone. Each page's one server function reads them.

use super::model::WebinarCard;
use crate::content::ContentStatus;
use crate::entities::{webinar, webinar_job_profile, webinar_speaker};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// What the webinars relate to.
#[derive(Clone, Copy, Debug)]
pub enum RelatedTo {
    Anything,
    JobProfile(i32),
    /// Its own webinars and those a speaker of it gives.
    Organisation(i32),
    /// Those the person speaks at, and those about their job profile.
    Interview {
        id: i32,
        job_profile: Option<i32>,
    },
}

/// The next (at most) `limit` webinars related to `to`.
pub async fn next(
    db: &impl ConnectionTrait,
    lang: Lang,
    zone: &str,
    to: RelatedTo,
    limit: usize,
) -> Result<Vec<WebinarCard>, AppError> {
    let now = Utc::now();
    let by_job = |job: i32| async move {
        Ok::<Vec<i32>, AppError>(
            webinar_job_profile::Entity::find()
                .filter(webinar_job_profile::Column::JobProfileId.eq(job))
                .all(db)
                .await?
                .into_iter()
                .map(|j| j.webinar_id)
                .collect(),
        )
    };
    let speaking = |column: webinar_speaker::Column, id: i32| async move {
        Ok::<Vec<i32>, AppError>(
            webinar_speaker::Entity::find()
                .filter(column.eq(id))
                .all(db)
                .await?
                .into_iter()
                .map(|s| s.webinar_id)
                .collect(),
        )
    };
    let which = match to {
        RelatedTo::Anything => Condition::all(),
        RelatedTo::JobProfile(job) => Condition::all().add(webinar::Column::Id.is_in(by_job(job).await?)),
        RelatedTo::Organisation(org) => Condition::any()
            .add(webinar::Column::OrganisationId.eq(org))
            .add(webinar::Column::Id.is_in(speaking(webinar_speaker::Column::OrganisationId, org).await?)),
        RelatedTo::Interview { id, job_profile } => {
            let mut ids = speaking(webinar_speaker::Column::InterviewId, id).await?;
            if let Some(job) = job_profile {
                ids.extend(by_job(job).await?);
            }
            Condition::all().add(webinar::Column::Id.is_in(ids))
        }
    };
    // Started less than a day ago: the longest webinar may still be on; `card` says.
    let rows: Vec<webinar::Model> = webinar::Entity::find()
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .filter(webinar::Column::StartsAt.gt(now - Duration::hours(24)))
        .filter(which)
        .order_by_asc(webinar::Column::StartsAt)
        .order_by_asc(webinar::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|w| w.starts_at + Duration::minutes(i64::from(w.duration_minutes)) > now)
        .take(limit)
        .collect();
    let related = super::cards::Related::load(db, &rows).await?;
    Ok(rows
        .iter()
        .map(|row| super::cards::card(row, &related, lang, zone, now))
        .collect())
}

/// Every upcoming webinar about one of `competences`, soonest first, each as a card with the
/// competences it is about (the gap box: what closes a gap).
pub async fn on_competences(
    db: &impl ConnectionTrait,
    lang: Lang,
    zone: &str,
    competences: &[i32],
) -> Result<Vec<(WebinarCard, Vec<i32>)>, AppError> {
    use crate::entities::webinar_competence;
    let now = Utc::now();
    let ids: Vec<i32> = webinar_competence::Entity::find()
        .filter(webinar_competence::Column::CompetenceId.is_in(competences.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.webinar_id)
        .collect();
    let rows: Vec<webinar::Model> = webinar::Entity::find()
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .filter(webinar::Column::StartsAt.gt(now))
        .filter(webinar::Column::Id.is_in(ids))
        .order_by_asc(webinar::Column::StartsAt)
        .order_by_asc(webinar::Column::Id)
        .all(db)
        .await?;
    let related = super::cards::Related::load(db, &rows).await?;
    Ok(rows
        .iter()
        .map(|row| {
            let about = related.competences.get(&row.id).cloned().unwrap_or_default();
            (super::cards::card(row, &related, lang, zone, now), about)
        })
        .collect())
}
