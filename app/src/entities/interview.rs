//! The `interviews` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub person_name: String,
    pub organisation_id: Option<i32>,
    pub job_profile_id: Option<i32>,
    pub country: String,
    pub original_lang: crate::i18n::Lang,
    pub status: crate::content::ContentStatus,
    /// Raised by every change (`content::write`): an edit form carries the one it was opened at.
    pub version: i32,
    pub published_on: Date,
    pub created_at: DateTimeUtc,
    /// The version of the person's portrait (`pictures`), none without one.
    pub portrait_version: Option<String>,
    /// The editor who noted the person's consent to show it, and when.
    pub portrait_consent_by: Option<i32>,
    pub portrait_consent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
