//! Interviews: portraits of professionals, linked to an organisation and a job profile.

use crate::helpers::{create_translations, drop_tables, fk, id};
use crate::m20261125_000002_organisations::Organisations;
use crate::m20261125_000003_job_profiles::JobProfiles;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Interviews::Table)
                    .col(pk_auto(Interviews::Id))
                    .col(string_len_uniq(Interviews::Slug, 120))
                    .col(string_len(Interviews::PersonName, 200))
                    .col(integer_null(Interviews::OrganisationId))
                    .col(integer_null(Interviews::JobProfileId))
                    .col(string_len(Interviews::Country, 2))
                    .col(string_len(Interviews::OriginalLang, 8))
                    .col(string_len(Interviews::Status, 20))
                    .col(date(Interviews::PublishedOn))
                    .col(timestamp_with_time_zone(Interviews::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(Interviews::Table), id(Interviews::OrganisationId)),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (id(Interviews::Table), id(Interviews::JobProfileId)),
                        (id(JobProfiles::Table), id(JobProfiles::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "interview_translations",
            id(Alias::new("interview_id")),
            (id(Interviews::Table), id(Interviews::Id)),
            vec![
                string_len(Alias::new("role"), 200),
                string_len(Alias::new("title"), 300),
                text(Alias::new("quote")),
                text(Alias::new("body_md")),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![id(Alias::new("interview_translations")), id(Interviews::Table)],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Interviews {
    Table,
    Id,
    Slug,
    PersonName,
    OrganisationId,
    JobProfileId,
    Country,
    OriginalLang,
    Status,
    PublishedOn,
    CreatedAt,
}
