//! The `webinar_mails` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_mails")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: crate::webinars::codes::MailKind,
    pub sent_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
