//! SeaORM entities, one file per table, no logic.

pub mod app_meta;
pub mod competence;
pub mod competence_area;
pub mod framework;
pub mod framework_translation;
pub mod interview;
pub mod interview_translation;
pub mod job_profile;
pub mod job_profile_competence;
pub mod job_profile_relation;
pub mod job_profile_translation;
pub mod offer;
pub mod offer_competence;
pub mod offer_translation;
pub mod one_time_token;
pub mod organisation;
pub mod organisation_member;
pub mod organisation_translation;
pub mod outbox;
pub mod proficiency_level;
pub mod saved_offer;
pub mod saved_search;
pub mod session;
pub mod sign_in_failure;
pub mod user;
