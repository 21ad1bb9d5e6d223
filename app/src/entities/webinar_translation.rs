//! The `webinar_translations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub webinar_id: i32,
    pub lang: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description_md: String,
    /// Unused since speakers have their own table (kept empty).
    #[sea_orm(column_type = "Text")]
    pub speakers: String,
    /// What was said, or a summary, once it took place.
    #[sea_orm(column_type = "Text", nullable)]
    pub transcript_md: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
