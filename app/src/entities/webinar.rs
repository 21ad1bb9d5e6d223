//! The `webinars` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webinars")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub organisation_id: Option<i32>,
    /// In UTC; shown in the reader's zone and the organiser's (`time_zone`).
    pub starts_at: DateTimeUtc,
    pub duration_minutes: i32,
    /// The language spoken.
    pub lang: crate::i18n::Lang,
    /// Seats; `None`: no limit.
    pub capacity: Option<i32>,
    /// Only ever shown to registrants, from 15 minutes before the start to the end.
    pub join_url: Option<String>,
    pub replay_url: Option<String>,
    pub original_lang: crate::i18n::Lang,
    pub status: crate::content::ContentStatus,
    pub created_at: DateTimeUtc,
    pub version: i32,
    /// The organiser's IANA time zone (`Europe/Rome`).
    pub time_zone: String,
    pub registration_open: bool,
    pub captions: bool,
    pub sign_language: bool,
    /// Seats taken by confirmed registrations (never above `capacity`).
    pub seats_taken: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
