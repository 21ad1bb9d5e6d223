//! The `job_profile_relations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "job_profile_relations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub job_profile_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub related_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
