//! The `resources` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resources")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: crate::resources::codes::ResourceKind,
    pub organisation_id: Option<i32>,
    pub licence: crate::resources::codes::Licence,
    pub original_lang: crate::i18n::Lang,
    pub status: crate::content::ContentStatus,
    /// Raised by every change (`content::write`): an edit form carries the one it was opened at.
    pub version: i32,
    pub external_url: Option<String>,
    pub published_at: DateTimeUtc,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
