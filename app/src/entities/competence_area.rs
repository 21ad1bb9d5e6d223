//! The `competence_areas` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "competence_areas")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub framework_id: i32,
    pub code: String,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
