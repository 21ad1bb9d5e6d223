//! A version number on every content item, raised by every change: an edit form carries the
//! version it was opened at, and saving it after someone else's change is refused instead of
//! silently overwriting their work (`app::content::write::Write::expect_version`).

use sea_orm_migration::{prelude::*, schema::*};

/// The content tables.
const TABLES: [&str; 5] = [
    "organisations",
    "job_profiles",
    "interviews",
    "offers",
    "pathways",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(integer(Alias::new("version")).default(1))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new("version"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
