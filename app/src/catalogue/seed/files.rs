//! The shape of the seed files (`seed/*.toml`), as serde reads them.

use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;

pub(super) type Labels = BTreeMap<String, String>;

#[derive(Deserialize)]
pub(super) struct FrameworkFile {
    pub(super) code: String,
    pub(super) version: String,
    pub(super) name: Labels,
    pub(super) band: Vec<BandSeed>,
    pub(super) level: Vec<LevelSeed>,
    pub(super) area: Vec<AreaSeed>,
}
#[derive(Deserialize)]
pub(super) struct BandSeed {
    pub(super) code: String,
    pub(super) levels: Vec<i32>,
    pub(super) name: Labels,
}
#[derive(Deserialize)]
pub(super) struct LevelSeed {
    pub(super) level: i32,
    pub(super) name: Labels,
}
#[derive(Deserialize)]
pub(super) struct AreaSeed {
    pub(super) code: String,
    pub(super) name: Labels,
    pub(super) competence: Vec<CompetenceSeed>,
}
#[derive(Deserialize)]
pub(super) struct CompetenceSeed {
    pub(super) code: String,
    pub(super) name: Labels,
}

/// The self-assessment's statements of a framework: what a person can do at each band of
/// each competence (`seed/digcomp-2.2-statements.toml`).
#[derive(Deserialize)]
pub(super) struct StatementsFile {
    pub(super) framework: String,
    pub(super) version: String,
    pub(super) statement: Vec<StatementSeed>,
}
#[derive(Deserialize)]
pub(super) struct StatementSeed {
    pub(super) competence: String,
    pub(super) band: String,
    pub(super) text: Labels,
}

#[derive(Deserialize)]
pub(super) struct OrganisationFile {
    pub(super) organisation: Vec<OrganisationSeed>,
}
#[derive(Deserialize)]
pub(super) struct OrganisationSeed {
    pub(super) slug: String,
    pub(super) name: String,
    pub(super) kind: String,
    pub(super) country: String,
    pub(super) city: String,
    pub(super) website: Option<String>,
    pub(super) verified: bool,
    pub(super) original_lang: crate::i18n::Lang,
    pub(super) translations: BTreeMap<String, OrganisationText>,
}
#[derive(Deserialize)]
pub(super) struct OrganisationText {
    pub(super) description: String,
}

#[derive(Deserialize)]
pub(super) struct JobProfileFile {
    pub(super) job_profile: Vec<JobProfileSeed>,
}
#[derive(Deserialize)]
pub(super) struct JobProfileSeed {
    pub(super) slug: String,
    pub(super) original_lang: crate::i18n::Lang,
    pub(super) esco_uri: Option<String>,
    pub(super) related: Vec<String>,
    pub(super) employer_kinds: Vec<String>,
    pub(super) competences: Vec<TargetSeed>,
    pub(super) translations: BTreeMap<String, JobProfileText>,
}
#[derive(Deserialize)]
pub(super) struct TargetSeed {
    pub(super) code: String,
    pub(super) level: i32,
}
#[derive(Deserialize)]
pub(super) struct JobProfileText {
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) missions: Vec<String>,
    pub(super) employers: String,
    pub(super) routes: Vec<String>,
}

#[derive(Deserialize)]
pub(super) struct InterviewFile {
    pub(super) interview: Vec<InterviewSeed>,
}
#[derive(Deserialize)]
pub(super) struct InterviewSeed {
    pub(super) slug: String,
    pub(super) person_name: String,
    pub(super) organisation: String,
    pub(super) job_profile: String,
    pub(super) country: String,
    pub(super) original_lang: crate::i18n::Lang,
    pub(super) published_on: NaiveDate,
    pub(super) translations: BTreeMap<String, InterviewText>,
}
#[derive(Deserialize)]
pub(super) struct InterviewText {
    pub(super) role: String,
    pub(super) title: String,
    pub(super) quote: String,
    pub(super) body: String,
}
