//! Database migrations, run at start-up. Each file is `mYYYYMMDD_NNNNNN_what.rs` with a `down()`,
//! and is never edited once landed: a change is a new migration.

pub use sea_orm_migration::prelude::*;

mod helpers;
mod m20261125_000001_frameworks;
mod m20261125_000002_organisations;
mod m20261125_000003_job_profiles;
mod m20261125_000004_interviews;
mod m20261125_000005_app_meta;
mod m20261125_000006_accounts;
mod m20261125_000007_offers;
mod m20261125_000008_pathways;
mod m20261125_000009_webinars;
mod m20261125_000010_sessions;
mod m20261125_000011_account_security;
mod m20261125_000012_offer_search;
mod m20261125_000013_saved_offers;
mod m20261125_000014_offer_texts;
mod m20261125_000015_learning;
mod m20261206_000016_core;
mod m20261206_000017_offer_index_changes;
mod m20261206_000018_content_versions;
mod m20261206_000019_translation_saves;
mod m20261206_000020_resources;
mod m20261206_000021_invitations;
mod m20261207_000022_webinars;
mod m20261207_000023_webinar_mails;
mod m20261207_000024_assessments;
mod m20261207_000025_search_changes;
mod m20261207_000026_drop_offer_texts;
mod m20261207_000027_offer_pay;
mod m20261207_000028_quiz_choice_feedback;
mod m20261207_000029_pictures;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_frameworks::Migration),
            Box::new(m20261125_000002_organisations::Migration),
            Box::new(m20261125_000003_job_profiles::Migration),
            Box::new(m20261125_000004_interviews::Migration),
            Box::new(m20261125_000005_app_meta::Migration),
            Box::new(m20261125_000006_accounts::Migration),
            Box::new(m20261125_000007_offers::Migration),
            Box::new(m20261125_000008_pathways::Migration),
            Box::new(m20261125_000009_webinars::Migration),
            Box::new(m20261125_000010_sessions::Migration),
            Box::new(m20261125_000011_account_security::Migration),
            Box::new(m20261125_000012_offer_search::Migration),
            Box::new(m20261125_000013_saved_offers::Migration),
            Box::new(m20261125_000014_offer_texts::Migration),
            Box::new(m20261125_000015_learning::Migration),
            Box::new(m20261206_000016_core::Migration),
            Box::new(m20261206_000017_offer_index_changes::Migration),
            Box::new(m20261206_000018_content_versions::Migration),
            Box::new(m20261206_000019_translation_saves::Migration),
            Box::new(m20261206_000020_resources::Migration),
            Box::new(m20261206_000021_invitations::Migration),
            Box::new(m20261207_000022_webinars::Migration),
            Box::new(m20261207_000023_webinar_mails::Migration),
            Box::new(m20261207_000024_assessments::Migration),
            Box::new(m20261207_000025_search_changes::Migration),
            Box::new(m20261207_000026_drop_offer_texts::Migration),
            Box::new(m20261207_000027_offer_pay::Migration),
            Box::new(m20261207_000028_quiz_choice_feedback::Migration),
            Box::new(m20261207_000029_pictures::Migration),
        ]
    }
}
