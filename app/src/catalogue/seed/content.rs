//! Loading organisations, job profiles and interviews with their translations.

use super::files::{InterviewSeed, JobProfileSeed, OrganisationSeed};
use super::SeedError;
use crate::entities::*;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use std::collections::HashMap;

/// Competence ids by DigComp code, for the seed's references.
pub(super) async fn competence_ids(db: &impl ConnectionTrait) -> Result<HashMap<String, i32>, SeedError> {
    Ok(competence::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.id))
        .collect())
}

pub(super) async fn load_organisation(
    db: &impl ConnectionTrait,
    org: OrganisationSeed,
) -> Result<i32, SeedError> {
    let row = organisation::ActiveModel {
        slug: Set(org.slug),
        name: Set(org.name),
        kind: Set(org.kind),
        country: Set(org.country),
        city: Set(org.city),
        website: Set(org.website),
        verified: Set(org.verified),
        original_lang: Set(org.original_lang),
        status: Set(crate::content::ContentStatus::Published),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (lang, text) in org.translations {
        organisation_translation::ActiveModel {
            organisation_id: Set(row.id),
            lang: Set(lang),
            description: Set(text.description),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(row.id)
}

pub(super) async fn load_job_profile(
    db: &impl ConnectionTrait,
    profile: &JobProfileSeed,
    competences: &HashMap<String, i32>,
) -> Result<i32, SeedError> {
    let row = job_profile::ActiveModel {
        slug: Set(profile.slug.clone()),
        original_lang: Set(profile.original_lang),
        esco_uri: Set(profile.esco_uri.clone()),
        employer_kinds: Set(profile.employer_kinds.join(",")),
        status: Set(crate::content::ContentStatus::Published),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (lang, text) in &profile.translations {
        job_profile_translation::ActiveModel {
            job_profile_id: Set(row.id),
            lang: Set(lang.clone()),
            title: Set(text.title.clone()),
            summary: Set(text.summary.clone()),
            missions: Set(text.missions.join("\n")),
            employers: Set(text.employers.clone()),
            routes: Set(text.routes.join("\n")),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for target in &profile.competences {
        let competence_id = competences
            .get(&target.code)
            .copied()
            .ok_or_else(|| SeedError::Dangling {
                kind: "competence",
                key: target.code.clone(),
            })?;
        job_profile_competence::ActiveModel {
            job_profile_id: Set(row.id),
            competence_id: Set(competence_id),
            target_level: Set(target.level),
        }
        .insert(db)
        .await?;
    }
    Ok(row.id)
}

pub(super) async fn load_interview(
    db: &impl ConnectionTrait,
    interview: InterviewSeed,
    organisations: &HashMap<String, i32>,
    profiles: &HashMap<String, i32>,
) -> Result<(), SeedError> {
    let organisation_id = organisations
        .get(&interview.organisation)
        .copied()
        .ok_or_else(|| SeedError::Dangling {
            kind: "organisation",
            key: interview.organisation.clone(),
        })?;
    let job_profile_id =
        profiles
            .get(&interview.job_profile)
            .copied()
            .ok_or_else(|| SeedError::Dangling {
                kind: "job profile",
                key: interview.job_profile.clone(),
            })?;
    let row = interview::ActiveModel {
        slug: Set(interview.slug),
        person_name: Set(interview.person_name),
        organisation_id: Set(Some(organisation_id)),
        job_profile_id: Set(Some(job_profile_id)),
        country: Set(interview.country),
        original_lang: Set(interview.original_lang),
        status: Set(crate::content::ContentStatus::Published),
        published_on: Set(interview.published_on),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (lang, text) in interview.translations {
        interview_translation::ActiveModel {
            interview_id: Set(row.id),
            lang: Set(lang),
            role: Set(text.role),
            title: Set(text.title),
            quote: Set(text.quote),
            body_md: Set(text.body),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
