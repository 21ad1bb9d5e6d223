//! The `offers` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "offers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: crate::offers::codes::OfferKind,
    pub organisation_id: i32,
    pub job_profile_id: Option<i32>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub work_mode: crate::offers::codes::WorkMode,
    pub contract: Option<String>,
    pub original_lang: crate::i18n::Lang,
    pub starts_on: Option<Date>,
    pub valid_until: Option<Date>,
    pub apply_url: Option<String>,
    pub apply_email: Option<String>,
    /// Pay, in whole units of `salary_currency` per `salary_period` (a single figure when
    /// `salary_max` is absent or equal).
    pub salary_min: Option<i32>,
    pub salary_max: Option<i32>,
    pub salary_currency: Option<String>,
    pub salary_period: Option<crate::offers::codes::PayPeriod>,
    pub hours_per_week: Option<i32>,
    pub status: crate::content::ContentStatus,
    /// Raised by every change (`content::write`): an edit form carries the one it was opened at.
    pub version: i32,
    pub posted_at: DateTimeUtc,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
