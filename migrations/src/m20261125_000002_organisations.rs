//! Organisations: partners and employers, with a translated description.
//!
//! The translation model, used by every content type: the item's table holds what does not
//! depend on language plus its `original_lang` and `status`; `<item>_translations` holds one
//! row per language the item is written in (unique on item and language). Reading goes
//! requested language → original language → English.

use crate::helpers::{create_translations, drop_tables, id};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

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
        create_translations(
            manager,
            "organisation_translations",
            id(Alias::new("organisation_id")),
            (id(Organisations::Table), id(Organisations::Id)),
            vec![text(Alias::new("description"))],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(Alias::new("organisation_translations")),
                id(Organisations::Table),
            ],
        )
        .await
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
