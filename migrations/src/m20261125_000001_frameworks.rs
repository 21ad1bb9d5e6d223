//! Competence frameworks as versioned data (DigComp 2.2 first; DigComp 3.0 or e-CF later as rows).
//!
//! Every label of a framework (its name, areas, competences, levels, bands) is a row of
//! `framework_translations` keyed by an element key (`area:1`, `competence:1.1`, `level:3`,
//! `band:foundation`), so a framework in a new language is data too.

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
            .create_index(
                Index::create()
                    .name("ux_frameworks_code_version")
                    .table(Frameworks::Table)
                    .col(Frameworks::Code)
                    .col(Frameworks::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CompetenceAreas::Table)
                    .col(pk_auto(CompetenceAreas::Id))
                    .col(integer(CompetenceAreas::FrameworkId))
                    .col(string_len(CompetenceAreas::Code, 20))
                    .col(integer(CompetenceAreas::Position))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CompetenceAreas::Table, CompetenceAreas::FrameworkId)
                            .to(Frameworks::Table, Frameworks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
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
                    .foreign_key(
                        ForeignKey::create()
                            .from(Competences::Table, Competences::AreaId)
                            .to(CompetenceAreas::Table, CompetenceAreas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Competences::Table, Competences::FrameworkId)
                            .to(Frameworks::Table, Frameworks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_competences_framework_code")
                    .table(Competences::Table)
                    .col(Competences::FrameworkId)
                    .col(Competences::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProficiencyLevels::Table)
                    .col(pk_auto(ProficiencyLevels::Id))
                    .col(integer(ProficiencyLevels::FrameworkId))
                    .col(integer(ProficiencyLevels::Level))
                    .col(string_len(ProficiencyLevels::Band, 40))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProficiencyLevels::Table, ProficiencyLevels::FrameworkId)
                            .to(Frameworks::Table, Frameworks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
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
                    .foreign_key(
                        ForeignKey::create()
                            .from(FrameworkTranslations::Table, FrameworkTranslations::FrameworkId)
                            .to(Frameworks::Table, Frameworks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_framework_translations")
                    .table(FrameworkTranslations::Table)
                    .col(FrameworkTranslations::FrameworkId)
                    .col(FrameworkTranslations::ElementKey)
                    .col(FrameworkTranslations::Lang)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            FrameworkTranslations::Table.into_iden(),
            ProficiencyLevels::Table.into_iden(),
            Competences::Table.into_iden(),
            CompetenceAreas::Table.into_iden(),
            Frameworks::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
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
