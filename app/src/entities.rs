//! SeaORM entities, one file per table, no logic.

pub mod framework;
pub mod competence_area;
pub mod competence;
pub mod proficiency_level;
pub mod framework_translation;
pub mod organisation;
pub mod organisation_translation;
pub mod job_profile;
pub mod job_profile_translation;
pub mod job_profile_competence;
pub mod job_profile_relation;
pub mod interview;
pub mod interview_translation;
pub mod app_meta;
