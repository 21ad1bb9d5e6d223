//! Loads the demo content (`seed/*.toml`, embedded in the binary) into an empty database, once.
//!
//! The load runs in one transaction and records itself in `app_meta`, so a second start never
//! loads it again and a failed load leaves nothing half-written.

mod content;
mod files;
mod framework;
pub mod refs;

use crate::entities::*;
use chrono::Utc;
use content::{competence_ids, load_interview, load_job_profile, load_organisation};
use files::{InterviewFile, JobProfileFile, OrganisationFile};
use framework::load_framework;
use sea_orm::{ActiveModelTrait, EntityTrait, Set, TransactionSession, TransactionTrait};
use std::collections::HashMap;

const SEED_KEY: &str = "demo_content_loaded_at";

/// Each framework with the self-assessment's statements for it.
const FRAMEWORKS: &[(&str, &str)] = &[(
    include_str!("../../../seed/digcomp-2.2.toml"),
    include_str!("../../../seed/digcomp-2.2-statements.toml"),
)];
const ORGANISATIONS: &[&str] = &[include_str!("../../../seed/organisations.toml")];
const JOB_PROFILES: &[&str] = &[
    include_str!("../../../seed/job-profiles-1.toml"),
    include_str!("../../../seed/job-profiles-2.toml"),
];
const INTERVIEWS: &[&str] = &[
    include_str!("../../../seed/interviews-1.toml"),
    include_str!("../../../seed/interviews-2.toml"),
    include_str!("../../../seed/interviews-3.toml"),
];

/// Why the demo content could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("seed file does not parse: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("seed refers to an unknown {kind} `{key}`")]
    Dangling { kind: &'static str, key: String },
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// Loads the demo content unless it was loaded before. Returns whether it loaded now.
pub async fn load_demo_content_once(db: &impl TransactionTrait) -> Result<bool, SeedError> {
    let txn = db.begin().await?;
    if app_meta::Entity::find_by_id(SEED_KEY.to_string())
        .one(&txn)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    for (file, statements) in FRAMEWORKS {
        load_framework(&txn, toml::from_str(file)?, Some(toml::from_str(statements)?)).await?;
    }
    let competences = competence_ids(&txn).await?;
    let mut organisations = HashMap::new();
    for file in ORGANISATIONS {
        let parsed: OrganisationFile = toml::from_str(file)?;
        for org in parsed.organisation {
            let slug = org.slug.clone();
            organisations.insert(slug, load_organisation(&txn, org).await?);
        }
    }
    let mut profiles = HashMap::new();
    let mut relations = Vec::new();
    for file in JOB_PROFILES {
        let parsed: JobProfileFile = toml::from_str(file)?;
        for profile in parsed.job_profile {
            let slug = profile.slug.clone();
            for related in &profile.related {
                relations.push((slug.clone(), related.clone()));
            }
            let id = load_job_profile(&txn, &profile, &competences).await?;
            profiles.insert(slug, id);
        }
    }
    for (from, to) in relations {
        let lookup = |slug: &String| {
            profiles.get(slug).copied().ok_or_else(|| SeedError::Dangling {
                kind: "job profile",
                key: slug.clone(),
            })
        };
        job_profile_relation::ActiveModel {
            job_profile_id: Set(lookup(&from)?),
            related_id: Set(lookup(&to)?),
        }
        .insert(&txn)
        .await?;
    }
    for file in INTERVIEWS {
        let parsed: InterviewFile = toml::from_str(file)?;
        for interview in parsed.interview {
            load_interview(&txn, interview, &organisations, &profiles).await?;
        }
    }
    app_meta::ActiveModel {
        key: Set(SEED_KEY.to_string()),
        value: Set(Utc::now().to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}
