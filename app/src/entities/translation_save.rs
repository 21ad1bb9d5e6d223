//! The `translation_saves` table: when each language of an item was last saved.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_saves")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub item_kind: String,
    pub item_id: i32,
    pub lang: String,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
