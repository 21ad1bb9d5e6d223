//! The `webinar_competences` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_competences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub webinar_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub competence_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
