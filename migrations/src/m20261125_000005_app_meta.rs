//! A key-value table for facts about the installation itself, such as when the demo content
//! was loaded (so a second start never loads it again).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AppMeta::Table)
                    .col(string_len(AppMeta::Key, 100).primary_key())
                    .col(text(AppMeta::Value))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AppMeta::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AppMeta {
    Table,
    Key,
    Value,
}
