//! Competence frameworks as versioned data (DigComp 2.2 first; DigComp 3.0 or e-CF later as rows).
//!
//! Every label of a framework (its name, areas, competences, levels, bands) is a row of
//! `framework_translations` keyed by an element key (`area:1`, `competence:1.1`, `level:3`,
//! `band:foundation`), so a framework in a new language is data too.

use crate::helpers::{drop_tables, fk, id, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Frameworks::Table)
                    .col(pk_auto(Frameworks::Id))
                    .col(string_len(Frameworks::Code, 40))
                    .col(string_len(Frameworks::Version, 20))
                    .col(string_len(Frameworks::OriginalLang, 8))
                    .col(boolean(Frameworks::IsCurrent))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_frameworks_code_version",
                id(Frameworks::Table),
                &[id(Frameworks::Code), id(Frameworks::Version)],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CompetenceAreas::Table)
                    .col(pk_auto(CompetenceAreas::Id))
                    .col(integer(CompetenceAreas::FrameworkId))
                    .col(string_len(CompetenceAreas::Code, 20))
                    .col(integer(CompetenceAreas::Position))
                    .foreign_key(&mut fk(
                        (id(CompetenceAreas::Table), id(CompetenceAreas::FrameworkId)),
                        (id(Frameworks::Table), id(Frameworks::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Competences::Table)
                    .col(pk_auto(Competences::Id))
                    .col(integer(Competences::FrameworkId))
                    .col(integer(Competences::AreaId))
                    .col(string_len(Competences::Code, 20))
                    .col(integer(Competences::Position))
                    .foreign_key(&mut fk(
                        (id(Competences::Table), id(Competences::AreaId)),
                        (id(CompetenceAreas::Table), id(CompetenceAreas::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(Competences::Table), id(Competences::FrameworkId)),
                        (id(Frameworks::Table), id(Frameworks::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_competences_framework_code",
                id(Competences::Table),
                &[id(Competences::FrameworkId), id(Competences::Code)],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProficiencyLevels::Table)
                    .col(pk_auto(ProficiencyLevels::Id))
                    .col(integer(ProficiencyLevels::FrameworkId))
                    .col(integer(ProficiencyLevels::Level))
                    .col(string_len(ProficiencyLevels::Band, 40))
                    .foreign_key(&mut fk(
                        (id(ProficiencyLevels::Table), id(ProficiencyLevels::FrameworkId)),
                        (id(Frameworks::Table), id(Frameworks::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FrameworkTranslations::Table)
                    .col(pk_auto(FrameworkTranslations::Id))
                    .col(integer(FrameworkTranslations::FrameworkId))
                    .col(string_len(FrameworkTranslations::ElementKey, 60))
                    .col(string_len(FrameworkTranslations::Lang, 8))
                    .col(text(FrameworkTranslations::Label))
                    .foreign_key(&mut fk(
                        (
                            id(FrameworkTranslations::Table),
                            id(FrameworkTranslations::FrameworkId),
                        ),
                        (id(Frameworks::Table), id(Frameworks::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_framework_translations",
                id(FrameworkTranslations::Table),
                &[
                    id(FrameworkTranslations::FrameworkId),
                    id(FrameworkTranslations::ElementKey),
                    id(FrameworkTranslations::Lang),
                ],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(FrameworkTranslations::Table),
                id(ProficiencyLevels::Table),
                id(Competences::Table),
                id(CompetenceAreas::Table),
                id(Frameworks::Table),
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
pub enum Frameworks {
    Table,
    Id,
    Code,
    Version,
    OriginalLang,
    IsCurrent,
}

#[derive(DeriveIden)]
pub enum CompetenceAreas {
    Table,
    Id,
    FrameworkId,
    Code,
    Position,
}

#[derive(DeriveIden)]
pub enum Competences {
    Table,
    Id,
    FrameworkId,
    AreaId,
    Code,
    Position,
}

#[derive(DeriveIden)]
enum ProficiencyLevels {
    Table,
    Id,
    FrameworkId,
    Level,
    Band,
}

#[derive(DeriveIden)]
enum FrameworkTranslations {
    Table,
    Id,
    FrameworkId,
    ElementKey,
    Lang,
    Label,
}
