//! The `audit_log` table: who did what to which content item, and when.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    pub actor_id: Option<i32>,
    pub action: String,
    pub item_kind: String,
    pub item_id: i32,
    pub organisation_id: Option<i32>,
    pub detail: Option<String>,
    /// JSON list of the fields and languages the change touched (`["title:fr", "city"]`).
    pub changes: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
