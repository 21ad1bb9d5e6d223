//! The `offer_translations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "offer_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub offer_id: i32,
    pub lang: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description_md: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub how_to_apply: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
