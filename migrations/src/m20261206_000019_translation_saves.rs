//! When each language of an item was last saved, so the editor's form can say which
//! translations are out of date (the original changed after them); and, on each audit record,
//! which fields and languages a change touched (the item's history shows them).

use crate::helpers::{drop_tables, id, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TranslationSaves::Table)
                    .col(pk_auto(TranslationSaves::Id))
                    .col(string_len(TranslationSaves::ItemKind, 32))
                    .col(integer(TranslationSaves::ItemId))
                    .col(string_len(TranslationSaves::Lang, 8))
                    .col(timestamp_with_time_zone(TranslationSaves::SavedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_translation_saves_item_lang",
                id(TranslationSaves::Table),
                &[
                    id(TranslationSaves::ItemKind),
                    id(TranslationSaves::ItemId),
                    id(TranslationSaves::Lang),
                ],
            ))
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("audit_log"))
                    // JSON list of "field" or "field:lang" that the change touched.
                    .add_column(text_null(Alias::new("changes")))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("audit_log"))
                    .drop_column(Alias::new("changes"))
                    .to_owned(),
            )
            .await?;
        drop_tables(manager, vec![id(TranslationSaves::Table)]).await
    }
}

#[derive(DeriveIden)]
pub enum TranslationSaves {
    Table,
    Id,
    ItemKind,
    ItemId,
    Lang,
    SavedAt,
}
