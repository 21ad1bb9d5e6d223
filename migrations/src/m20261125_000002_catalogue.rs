//! The public catalogue: organisations, job profiles and interviews.
//!
//! The translation model, used by every content type: the item's table holds what does not
//! depend on language plus its `original_lang`; `<item>_translations` holds one row per language
//! the item is written in (unique on item and language). Reading goes requested language →
//! original language → English.

use crate::m20261125_000001_frameworks::Competences;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn unique(name: &str, table: impl IntoIden, cols: &[DynIden]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for col in cols {
        index.col(col.clone());
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(pk_auto(Organisations::Id))
                    .col(string_len_uniq(Organisations::Slug, 120))
                    .col(string_len(Organisations::Name, 200))
                    .col(string_len(Organisations::Kind, 40))
                    .col(string_len(Organisations::Country, 2))
                    .col(string_len(Organisations::City, 120))
                    .col(string_len_null(Organisations::Website, 500))
                    .col(boolean(Organisations::Verified))
                    .col(string_len(Organisations::OriginalLang, 8))
                    .col(string_len(Organisations::Status, 20))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationTranslations::Table)
                    .col(pk_auto(OrganisationTranslations::Id))
                    .col(integer(OrganisationTranslations::OrganisationId))
                    .col(string_len(OrganisationTranslations::Lang, 8))
                    .col(text(OrganisationTranslations::Description))
                    .foreign_key(&mut cascade(
                        (
                            OrganisationTranslations::Table,
                            OrganisationTranslations::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_organisation_translations",
                OrganisationTranslations::Table,
                &[
                    OrganisationTranslations::OrganisationId.into_iden(),
                    OrganisationTranslations::Lang.into_iden(),
                ],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JobProfiles::Table)
                    .col(pk_auto(JobProfiles::Id))
                    .col(string_len_uniq(JobProfiles::Slug, 120))
                    .col(string_len(JobProfiles::OriginalLang, 8))
                    .col(string_len_null(JobProfiles::EscoUri, 300))
                    .col(string_len(JobProfiles::EmployerKinds, 300))
                    .col(string_len(JobProfiles::Status, 20))
                    .col(timestamp_with_time_zone(JobProfiles::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(JobProfileTranslations::Table)
                    .col(pk_auto(JobProfileTranslations::Id))
                    .col(integer(JobProfileTranslations::JobProfileId))
                    .col(string_len(JobProfileTranslations::Lang, 8))
                    .col(string_len(JobProfileTranslations::Title, 200))
                    .col(text(JobProfileTranslations::Summary))
                    .col(text(JobProfileTranslations::Missions))
                    .col(text(JobProfileTranslations::Employers))
                    .col(text(JobProfileTranslations::Routes))
                    .foreign_key(&mut cascade(
                        (
                            JobProfileTranslations::Table,
                            JobProfileTranslations::JobProfileId,
                        ),
                        (JobProfiles::Table, JobProfiles::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_job_profile_translations",
                JobProfileTranslations::Table,
                &[
                    JobProfileTranslations::JobProfileId.into_iden(),
                    JobProfileTranslations::Lang.into_iden(),
                ],
            ))
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
                    .foreign_key(&mut cascade(
                        (JobProfileCompetences::Table, JobProfileCompetences::JobProfileId),
                        (JobProfiles::Table, JobProfiles::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (JobProfileCompetences::Table, JobProfileCompetences::CompetenceId),
                        (Competences::Table, Competences::Id),
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
                    .foreign_key(&mut cascade(
                        (JobProfileRelations::Table, JobProfileRelations::JobProfileId),
                        (JobProfiles::Table, JobProfiles::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (JobProfileRelations::Table, JobProfileRelations::RelatedId),
                        (JobProfiles::Table, JobProfiles::Id),
                    ))
                    .to_owned(),
            )
            .await?;

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
                    .foreign_key(
                        ForeignKey::create()
                            .from(Interviews::Table, Interviews::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Interviews::Table, Interviews::JobProfileId)
                            .to(JobProfiles::Table, JobProfiles::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(InterviewTranslations::Table)
                    .col(pk_auto(InterviewTranslations::Id))
                    .col(integer(InterviewTranslations::InterviewId))
                    .col(string_len(InterviewTranslations::Lang, 8))
                    .col(string_len(InterviewTranslations::Role, 200))
                    .col(string_len(InterviewTranslations::Title, 300))
                    .col(text(InterviewTranslations::Quote))
                    .col(text(InterviewTranslations::BodyMd))
                    .foreign_key(&mut cascade(
                        (InterviewTranslations::Table, InterviewTranslations::InterviewId),
                        (Interviews::Table, Interviews::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_interview_translations",
                InterviewTranslations::Table,
                &[
                    InterviewTranslations::InterviewId.into_iden(),
                    InterviewTranslations::Lang.into_iden(),
                ],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            InterviewTranslations::Table.into_iden(),
            Interviews::Table.into_iden(),
            JobProfileRelations::Table.into_iden(),
            JobProfileCompetences::Table.into_iden(),
            JobProfileTranslations::Table.into_iden(),
            JobProfiles::Table.into_iden(),
            OrganisationTranslations::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
pub enum Organisations {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    Country,
    City,
    Website,
    Verified,
    OriginalLang,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OrganisationTranslations {
    Table,
    Id,
    OrganisationId,
    Lang,
    Description,
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
enum JobProfileTranslations {
    Table,
    Id,
    JobProfileId,
    Lang,
    Title,
    Summary,
    Missions,
    Employers,
    Routes,
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

#[derive(DeriveIden)]
enum InterviewTranslations {
    Table,
    Id,
    InterviewId,
    Lang,
    Role,
    Title,
    Quote,
    BodyMd,
}
