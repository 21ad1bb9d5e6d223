//! Webinars: the start is stored in UTC and shown in the viewer's time zone.
//! Registration, calendars and replays come with the webinars issue.

use crate::helpers::{create_translations, drop_tables, fk, id};
use crate::m20261125_000002_organisations::Organisations;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Webinars::Table)
                    .col(pk_auto(Webinars::Id))
                    .col(string_len_uniq(Webinars::Slug, 160))
                    .col(integer_null(Webinars::OrganisationId))
                    .col(timestamp_with_time_zone(Webinars::StartsAt))
                    .col(integer(Webinars::DurationMinutes))
                    // The language the webinar is spoken in.
                    .col(string_len(Webinars::Lang, 8))
                    .col(integer_null(Webinars::Capacity))
                    .col(string_len_null(Webinars::JoinUrl, 500))
                    .col(string_len_null(Webinars::ReplayUrl, 500))
                    .col(string_len(Webinars::OriginalLang, 8))
                    .col(string_len(Webinars::Status, 20))
                    .col(timestamp_with_time_zone(Webinars::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(Webinars::Table), id(Webinars::OrganisationId)),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "webinar_translations",
            id(Alias::new("webinar_id")),
            (id(Webinars::Table), id(Webinars::Id)),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("description_md")),
                text(Alias::new("speakers")),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![id(Alias::new("webinar_translations")), id(Webinars::Table)],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Webinars {
    Table,
    Id,
    Slug,
    OrganisationId,
    StartsAt,
    DurationMinutes,
    Lang,
    Capacity,
    JoinUrl,
    ReplayUrl,
    OriginalLang,
    Status,
    CreatedAt,
}
