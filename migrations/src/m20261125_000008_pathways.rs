//! Pathways: ordered steps towards a job profile or a competence level.
//! Progress, quizzes and badges come with the pathways issue.

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
                    .table(Pathways::Table)
                    .col(pk_auto(Pathways::Id))
                    .col(string_len_uniq(Pathways::Slug, 160))
                    .col(integer_null(Pathways::OrganisationId))
                    .col(integer_null(Pathways::JobProfileId))
                    .col(string_len(Pathways::OriginalLang, 8))
                    .col(string_len(Pathways::Status, 20))
                    .col(timestamp_with_time_zone(Pathways::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(Pathways::Table), id(Pathways::OrganisationId)),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (id(Pathways::Table), id(Pathways::JobProfileId)),
                        (id(JobProfiles::Table), id(JobProfiles::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "pathway_translations",
            id(Alias::new("pathway_id")),
            (id(Pathways::Table), id(Pathways::Id)),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("goal")),
                text(Alias::new("description_md")),
            ],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(PathwaySteps::Table)
                    .col(pk_auto(PathwaySteps::Id))
                    .col(integer(PathwaySteps::PathwayId))
                    .col(integer(PathwaySteps::Position))
                    // read, watch, practise, quiz, external
                    .col(string_len(PathwaySteps::Kind, 20))
                    .col(integer(PathwaySteps::Minutes))
                    .col(boolean(PathwaySteps::Required))
                    .col(string_len_null(PathwaySteps::Url, 500))
                    .foreign_key(&mut fk(
                        (id(PathwaySteps::Table), id(PathwaySteps::PathwayId)),
                        (id(Pathways::Table), id(Pathways::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "pathway_step_translations",
            id(Alias::new("step_id")),
            (id(PathwaySteps::Table), id(PathwaySteps::Id)),
            vec![
                string_len(Alias::new("title"), 300),
                text(Alias::new("content_md")),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(Alias::new("pathway_step_translations")),
                id(PathwaySteps::Table),
                id(Alias::new("pathway_translations")),
                id(Pathways::Table),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Pathways {
    Table,
    Id,
    Slug,
    OrganisationId,
    JobProfileId,
    OriginalLang,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PathwaySteps {
    Table,
    Id,
    PathwayId,
    Position,
    Kind,
    Minutes,
    Required,
    Url,
}
