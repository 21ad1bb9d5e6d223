//! The `proficiency_levels` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proficiency_levels")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub framework_id: i32,
    pub level: i32,
    pub band: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
