//! The `webinar_registrations` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinar_registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub webinar_id: i32,
    pub user_id: Option<i32>,
    pub email: String,
    pub lang: crate::i18n::Lang,
    pub status: crate::webinars::codes::RegistrationStatus,
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub confirmed_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    /// Whether the reminders and the "replay online" mail are wanted (one click stops them).
    pub reminders: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
