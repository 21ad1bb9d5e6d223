//! The `job_profile_translations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "job_profile_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub job_profile_id: i32,
    pub lang: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub missions: String,
    #[sea_orm(column_type = "Text")]
    pub employers: String,
    #[sea_orm(column_type = "Text")]
    pub routes: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
