//! Loads the demo content (`seed/*.toml`, embedded in the binary) into an empty database, once.
//!
//! The load runs in one transaction and records itself in `app_meta`, so a second start never
//! loads it again and a failed load leaves nothing half-written.

use crate::entities::*;
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set, TransactionSession, TransactionTrait};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const SEED_KEY: &str = "demo_content_loaded_at";

const FRAMEWORKS: &[&str] = &[include_str!("../../../seed/digcomp-2.2.toml")];
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

type Labels = BTreeMap<String, String>;

#[derive(Deserialize)]
struct FrameworkFile {
    code: String,
    version: String,
    name: Labels,
    band: Vec<BandSeed>,
    level: Vec<LevelSeed>,
    area: Vec<AreaSeed>,
}
#[derive(Deserialize)]
struct BandSeed {
    code: String,
    levels: Vec<i32>,
    name: Labels,
}
#[derive(Deserialize)]
struct LevelSeed {
    level: i32,
    name: Labels,
}
#[derive(Deserialize)]
struct AreaSeed {
    code: String,
    name: Labels,
    competence: Vec<CompetenceSeed>,
}
#[derive(Deserialize)]
struct CompetenceSeed {
    code: String,
    name: Labels,
}

#[derive(Deserialize)]
struct OrganisationFile {
    organisation: Vec<OrganisationSeed>,
}
#[derive(Deserialize)]
struct OrganisationSeed {
    slug: String,
    name: String,
    kind: String,
    country: String,
    city: String,
    website: Option<String>,
    verified: bool,
    original_lang: String,
    translations: BTreeMap<String, OrganisationText>,
}
#[derive(Deserialize)]
struct OrganisationText {
    description: String,
}

#[derive(Deserialize)]
struct JobProfileFile {
    job_profile: Vec<JobProfileSeed>,
}
#[derive(Deserialize)]
struct JobProfileSeed {
    slug: String,
    original_lang: String,
    esco_uri: Option<String>,
    related: Vec<String>,
    employer_kinds: Vec<String>,
    competences: Vec<TargetSeed>,
    translations: BTreeMap<String, JobProfileText>,
}
#[derive(Deserialize)]
struct TargetSeed {
    code: String,
    level: i32,
}
#[derive(Deserialize)]
struct JobProfileText {
    title: String,
    summary: String,
    missions: Vec<String>,
    employers: String,
    routes: Vec<String>,
}

#[derive(Deserialize)]
struct InterviewFile {
    interview: Vec<InterviewSeed>,
}
#[derive(Deserialize)]
struct InterviewSeed {
    slug: String,
    person_name: String,
    organisation: String,
    job_profile: String,
    country: String,
    original_lang: String,
    published_on: NaiveDate,
    translations: BTreeMap<String, InterviewText>,
}
#[derive(Deserialize)]
struct InterviewText {
    role: String,
    title: String,
    quote: String,
    body: String,
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
    for file in FRAMEWORKS {
        load_framework(&txn, toml::from_str(file)?).await?;
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

async fn label(
    db: &impl ConnectionTrait,
    framework_id: i32,
    key: &str,
    labels: &Labels,
) -> Result<(), SeedError> {
    for (lang, text) in labels {
        framework_translation::ActiveModel {
            framework_id: Set(framework_id),
            element_key: Set(key.to_string()),
            lang: Set(lang.clone()),
            label: Set(text.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn load_framework(db: &impl ConnectionTrait, file: FrameworkFile) -> Result<(), SeedError> {
    let framework = framework::ActiveModel {
        code: Set(file.code),
        version: Set(file.version),
        original_lang: Set("en".into()),
        is_current: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await?;
    label(db, framework.id, "framework", &file.name).await?;
    for band in &file.band {
        label(db, framework.id, &format!("band:{}", band.code), &band.name).await?;
    }
    for level in file.level {
        let band = file
            .band
            .iter()
            .find(|b| b.levels.contains(&level.level))
            .map(|b| b.code.clone())
            .ok_or_else(|| SeedError::Dangling {
                kind: "band for level",
                key: level.level.to_string(),
            })?;
        proficiency_level::ActiveModel {
            framework_id: Set(framework.id),
            level: Set(level.level),
            band: Set(band),
            ..Default::default()
        }
        .insert(db)
        .await?;
        label(db, framework.id, &format!("level:{}", level.level), &level.name).await?;
    }
    for (area_pos, area) in file.area.into_iter().enumerate() {
        let area_row = competence_area::ActiveModel {
            framework_id: Set(framework.id),
            code: Set(area.code.clone()),
            position: Set(i32::try_from(area_pos).unwrap_or(i32::MAX)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        label(db, framework.id, &format!("area:{}", area.code), &area.name).await?;
        for (pos, comp) in area.competence.into_iter().enumerate() {
            competence::ActiveModel {
                framework_id: Set(framework.id),
                area_id: Set(area_row.id),
                code: Set(comp.code.clone()),
                position: Set(i32::try_from(pos).unwrap_or(i32::MAX)),
                ..Default::default()
            }
            .insert(db)
            .await?;
            label(db, framework.id, &format!("competence:{}", comp.code), &comp.name).await?;
        }
    }
    Ok(())
}

/// Competence ids by DigComp code, for the seed's references.
async fn competence_ids(db: &impl ConnectionTrait) -> Result<HashMap<String, i32>, SeedError> {
    Ok(competence::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.id))
        .collect())
}

async fn load_organisation(db: &impl ConnectionTrait, org: OrganisationSeed) -> Result<i32, SeedError> {
    let row = organisation::ActiveModel {
        slug: Set(org.slug),
        name: Set(org.name),
        kind: Set(org.kind),
        country: Set(org.country),
        city: Set(org.city),
        website: Set(org.website),
        verified: Set(org.verified),
        original_lang: Set(org.original_lang),
        status: Set("published".into()),
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

async fn load_job_profile(
    db: &impl ConnectionTrait,
    profile: &JobProfileSeed,
    competences: &HashMap<String, i32>,
) -> Result<i32, SeedError> {
    let row = job_profile::ActiveModel {
        slug: Set(profile.slug.clone()),
        original_lang: Set(profile.original_lang.clone()),
        esco_uri: Set(profile.esco_uri.clone()),
        employer_kinds: Set(profile.employer_kinds.join(",")),
        status: Set("published".into()),
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

async fn load_interview(
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
        status: Set("published".into()),
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
