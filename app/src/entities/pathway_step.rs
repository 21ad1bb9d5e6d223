//! The `pathway_steps` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_steps")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pathway_id: i32,
    pub position: i32,
    pub kind: crate::pathways::codes::StepKind,
    pub minutes: i32,
    pub required: bool,
    pub url: Option<String>,
    pub pass_mark: Option<i32>,
    /// A watch step's webinar, whose replay it shows (its page links back to the step).
    pub webinar_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
