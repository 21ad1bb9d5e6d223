//! A webinar's lists as its editors write them (`editing`): competences, job profiles and
//! speakers, each replaced as a whole from the snapshot's fields.

use super::editing::{speaker_field, SPEAKERS};
use crate::content::snapshot::{split, Snapshot};
use crate::entities::{
    interview, job_profile, organisation, webinar_competence, webinar_job_profile, webinar_speaker,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, Set};

/// Competences, job profiles and speakers, each replaced as a whole.
pub async fn replace(txn: &DatabaseTransaction, id: i32, snapshot: &Snapshot) -> Result<(), DbErr> {
    let f = |name: &str| snapshot.field(name).trim().to_string();
    webinar_competence::Entity::delete_many()
        .filter(webinar_competence::Column::WebinarId.eq(id))
        .exec(txn)
        .await?;
    let codes = f("competences");
    let codes = split(&codes);
    for c in crate::catalogue::framework::Framework::current(txn)
        .await?
        .map(|fw| fw.competences)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| codes.contains(&c.code.as_str()))
    {
        webinar_competence::ActiveModel {
            webinar_id: Set(id),
            competence_id: Set(c.id),
        }
        .insert(txn)
        .await?;
    }
    webinar_job_profile::Entity::delete_many()
        .filter(webinar_job_profile::Column::WebinarId.eq(id))
        .exec(txn)
        .await?;
    let slugs = f("job_profiles");
    for job in job_profile::Entity::find()
        .filter(job_profile::Column::Slug.is_in(split(&slugs)))
        .all(txn)
        .await?
    {
        webinar_job_profile::ActiveModel {
            webinar_id: Set(id),
            job_profile_id: Set(job.id),
        }
        .insert(txn)
        .await?;
    }
    webinar_speaker::Entity::delete_many()
        .filter(webinar_speaker::Column::WebinarId.eq(id))
        .exec(txn)
        .await?;
    let mut position = 0;
    for n in 1..=SPEAKERS {
        let name = f(&speaker_field(n, "name"));
        if name.is_empty() {
            continue;
        }
        let interview = match f(&speaker_field(n, "interview")) {
            slug if slug.is_empty() => None,
            slug => interview::Entity::find()
                .filter(interview::Column::Slug.eq(slug))
                .one(txn)
                .await?
                .map(|i| i.id),
        };
        let organisation = match f(&speaker_field(n, "organisation")) {
            slug if slug.is_empty() => None,
            slug => organisation::Entity::find()
                .filter(organisation::Column::Slug.eq(slug))
                .one(txn)
                .await?
                .map(|o| o.id),
        };
        position += 1;
        webinar_speaker::ActiveModel {
            webinar_id: Set(id),
            position: Set(position),
            name: Set(name),
            role: Set(f(&speaker_field(n, "role"))),
            interview_id: Set(interview),
            organisation_id: Set(organisation),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}
