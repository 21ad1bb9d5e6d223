//! Job profiles ("métiers"): translated texts, target levels of competences, related profiles.

use crate::helpers::{create_translations, drop_tables, fk, id};
use crate::m20261125_000001_frameworks::Competences;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(JobProfiles::Table)
                    .col(pk_auto(JobProfiles::Id))
                    .col(string_len_uniq(JobProfiles::Slug, 120))
                    .col(string_len(JobProfiles::OriginalLang, 8))
                    // Only a verified ESCO occupation URI, never an invented one.
                    .col(string_len_null(JobProfiles::EscoUri, 300))
                    // Organisation kinds that typically hire, comma-separated codes.
                    .col(string_len(JobProfiles::EmployerKinds, 300))
                    .col(string_len(JobProfiles::Status, 20))
                    .col(timestamp_with_time_zone(JobProfiles::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // Missions and routes are stored one item per line.
        create_translations(
            manager,
            "job_profile_translations",
            id(Alias::new("job_profile_id")),
            (id(JobProfiles::Table), id(JobProfiles::Id)),
            vec![
                string_len(Alias::new("title"), 200),
                text(Alias::new("summary")),
                text(Alias::new("missions")),
                text(Alias::new("employers")),
                text(Alias::new("routes")),
            ],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(JobProfileCompetences::Table)
                    .col(integer(JobProfileCompetences::JobProfileId))
                    .col(integer(JobProfileCompetences::CompetenceId))
                    .col(integer(JobProfileCompetences::TargetLevel))
                    .primary_key(
                        Index::create()
                            .col(JobProfileCompetences::JobProfileId)
                            .col(JobProfileCompetences::CompetenceId),
                    )
                    .foreign_key(&mut fk(
                        (
                            id(JobProfileCompetences::Table),
                            id(JobProfileCompetences::JobProfileId),
                        ),
                        (id(JobProfiles::Table), id(JobProfiles::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            id(JobProfileCompetences::Table),
                            id(JobProfileCompetences::CompetenceId),
                        ),
                        (id(Competences::Table), id(Competences::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JobProfileRelations::Table)
                    .col(integer(JobProfileRelations::JobProfileId))
                    .col(integer(JobProfileRelations::RelatedId))
                    .primary_key(
                        Index::create()
                            .col(JobProfileRelations::JobProfileId)
                            .col(JobProfileRelations::RelatedId),
                    )
                    .foreign_key(&mut fk(
                        (
                            id(JobProfileRelations::Table),
                            id(JobProfileRelations::JobProfileId),
                        ),
                        (id(JobProfiles::Table), id(JobProfiles::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(JobProfileRelations::Table), id(JobProfileRelations::RelatedId)),
                        (id(JobProfiles::Table), id(JobProfiles::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(JobProfileRelations::Table),
                id(JobProfileCompetences::Table),
                id(Alias::new("job_profile_translations")),
                id(JobProfiles::Table),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
pub enum JobProfiles {
    Table,
    Id,
    Slug,
    OriginalLang,
    EscoUri,
    EmployerKinds,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum JobProfileCompetences {
    Table,
    JobProfileId,
    CompetenceId,
    TargetLevel,
}

#[derive(DeriveIden)]
enum JobProfileRelations {
    Table,
    JobProfileId,
    RelatedId,
}
