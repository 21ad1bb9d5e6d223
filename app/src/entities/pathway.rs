//! The `pathways` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathways")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub organisation_id: Option<i32>,
    pub job_profile_id: Option<i32>,
    pub original_lang: crate::i18n::Lang,
    pub status: crate::content::ContentStatus,
    /// Raised by every change (`content::write`): an edit form carries the one it was opened at.
    pub version: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
