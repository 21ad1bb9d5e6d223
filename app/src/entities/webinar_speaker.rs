//! The `webinar_speakers` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_speakers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub webinar_id: i32,
    pub position: i32,
    pub name: String,
    /// In the webinar's original language.
    pub role: String,
    pub interview_id: Option<i32>,
    pub organisation_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
