//! The `organisations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub website: Option<String>,
    pub verified: bool,
    pub original_lang: crate::i18n::Lang,
    pub status: crate::content::ContentStatus,
    /// Raised by every change (`content::write`): an edit form carries the one it was opened at.
    pub version: i32,
    pub created_at: DateTimeUtc,
    /// The version of its logo (`pictures`), none without one.
    pub logo_version: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
