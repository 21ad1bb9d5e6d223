//! The `quiz_choice_translations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "quiz_choice_translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub choice_id: i32,
    pub lang: String,
    #[sea_orm(column_type = "Text")]
    pub label: String,
    /// Why this answer is wrong (wrong answers only), shown to whoever chose it.
    #[sea_orm(column_type = "Text", nullable)]
    pub feedback: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
