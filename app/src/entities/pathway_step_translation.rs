//! The `pathway_step_translations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_step_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub step_id: i32,
    pub lang: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub content_md: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub transcript_md: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub checklist: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub bring_back_md: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
