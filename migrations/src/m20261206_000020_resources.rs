//! The resource library: guides, toolkits, templates, checklists and recorded talks that
//! partners publish — each with its texts per language, a licence, the languages it exists in,
//! its audiences and DigComp competences, and a file (kept in the database or in a folder) or
//! an external link.

use crate::helpers::{create_translations, drop_tables, fk, id, unique};
use crate::m20261125_000001_frameworks::Competences;
use crate::m20261125_000002_organisations::Organisations;
use crate::m20261125_000006_accounts::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A table of one value per (resource, value): audiences and languages.
async fn create_values(manager: &SchemaManager<'_>, table: &str, column: &str) -> Result<(), DbErr> {
    let name = id(Alias::new(table));
    manager
        .create_table(
            Table::create()
                .table(name.clone())
                .col(pk_auto(Alias::new("id")))
                .col(integer(Alias::new("resource_id")))
                .col(string_len(Alias::new(column), 16))
                .foreign_key(&mut fk(
                    (name.clone(), id(Alias::new("resource_id"))),
                    (id(Resources::Table), id(Resources::Id)),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(unique(
            &format!("ux_{table}"),
            name,
            &[id(Alias::new("resource_id")), id(Alias::new(column))],
        ))
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Resources::Table)
                    .col(pk_auto(Resources::Id))
                    .col(string_len_uniq(Resources::Slug, 120))
                    .col(string_len(Resources::Kind, 32))
                    .col(integer_null(Resources::OrganisationId))
                    .col(string_len(Resources::Licence, 32))
                    .col(string_len(Resources::OriginalLang, 8))
                    .col(string_len(Resources::Status, 20))
                    .col(integer(Resources::Version).default(1))
                    .col(string_len_null(Resources::ExternalUrl, 500))
                    .col(timestamp_with_time_zone(Resources::PublishedAt))
                    .col(integer_null(Resources::CreatedBy))
                    .col(timestamp_with_time_zone(Resources::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(Resources::Table), id(Resources::OrganisationId)),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (id(Resources::Table), id(Resources::CreatedBy)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "resource_translations",
            id(Alias::new("resource_id")),
            (id(Resources::Table), id(Resources::Id)),
            vec![
                string_len(Alias::new("title"), 200),
                text(Alias::new("summary")),
                text(Alias::new("body_md")),
            ],
        )
        .await?;
        create_values(manager, "resource_audiences", "audience").await?;
        create_values(manager, "resource_languages", "lang").await?;
        manager
            .create_table(
                Table::create()
                    .table(ResourceCompetences::Table)
                    .col(pk_auto(ResourceCompetences::Id))
                    .col(integer(ResourceCompetences::ResourceId))
                    .col(integer(ResourceCompetences::CompetenceId))
                    .foreign_key(&mut fk(
                        (
                            id(ResourceCompetences::Table),
                            id(ResourceCompetences::ResourceId),
                        ),
                        (id(Resources::Table), id(Resources::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            id(ResourceCompetences::Table),
                            id(ResourceCompetences::CompetenceId),
                        ),
                        (id(Competences::Table), id(Competences::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_resource_competences",
                id(ResourceCompetences::Table),
                &[
                    id(ResourceCompetences::ResourceId),
                    id(ResourceCompetences::CompetenceId),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ResourceFiles::Table)
                    .col(pk_auto(ResourceFiles::Id))
                    // One file per resource: uploading again replaces it.
                    .col(integer_uniq(ResourceFiles::ResourceId))
                    .col(string_len(ResourceFiles::FileName, 200))
                    .col(string_len(ResourceFiles::MediaType, 100))
                    .col(big_integer(ResourceFiles::SizeBytes))
                    .col(string_len(ResourceFiles::Sha256, 64))
                    // The bytes, when kept in the database; else the name of the file in the
                    // configured folder.
                    .col(blob_null(ResourceFiles::Data))
                    .col(string_len_null(ResourceFiles::StoredName, 200))
                    .col(integer_null(ResourceFiles::UploadedBy))
                    .col(timestamp_with_time_zone(ResourceFiles::UploadedAt))
                    .foreign_key(&mut fk(
                        (id(ResourceFiles::Table), id(ResourceFiles::ResourceId)),
                        (id(Resources::Table), id(Resources::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(ResourceFiles::Table), id(ResourceFiles::UploadedBy)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(ResourceFiles::Table),
                id(ResourceCompetences::Table),
                id(Alias::new("resource_languages")),
                id(Alias::new("resource_audiences")),
                id(Alias::new("resource_translations")),
                id(Resources::Table),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
pub enum Resources {
    Table,
    Id,
    Slug,
    Kind,
    OrganisationId,
    Licence,
    OriginalLang,
    Status,
    Version,
    ExternalUrl,
    PublishedAt,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ResourceCompetences {
    Table,
    Id,
    ResourceId,
    CompetenceId,
}

#[derive(DeriveIden)]
enum ResourceFiles {
    Table,
    Id,
    ResourceId,
    FileName,
    MediaType,
    SizeBytes,
    Sha256,
    Data,
    StoredName,
    UploadedBy,
    UploadedAt,
}
