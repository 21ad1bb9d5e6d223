//! Logos of organisations and portraits in interviews (issue 18): each picture is kept as a few
//! small variants made on the server (sizes × WebP/PNG), never as the file that was uploaded.
//! The owner row carries the version of its picture (part of its address, so a new picture is
//! a new address and old ones can be cached for ever); an interview also records who noted the
//! person's consent, and when.

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
                    .table(Pictures::Table)
                    .col(pk_auto(Pictures::Id))
                    // `organisation` or `interview`, and that row's id.
                    .col(string_len(Pictures::OwnerKind, 20))
                    .col(integer(Pictures::OwnerId))
                    .col(string_len(Pictures::Version, 16))
                    .col(integer(Pictures::Size))
                    .col(string_len(Pictures::Format, 8))
                    .col(blob(Pictures::Data))
                    .col(integer_null(Pictures::UploadedBy))
                    .col(timestamp_with_time_zone(Pictures::UploadedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_pictures_variant",
                id(Pictures::Table),
                &[
                    id(Pictures::OwnerKind),
                    id(Pictures::OwnerId),
                    id(Pictures::Version),
                    id(Pictures::Size),
                    id(Pictures::Format),
                ],
            ))
            .await?;
        let db = manager.get_connection();
        for statement in [
            "ALTER TABLE organisations ADD COLUMN logo_version varchar(16)",
            "ALTER TABLE interviews ADD COLUMN portrait_version varchar(16)",
            "ALTER TABLE interviews ADD COLUMN portrait_consent_by integer",
            "ALTER TABLE interviews ADD COLUMN portrait_consent_at timestamp with time zone",
        ] {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for statement in [
            "ALTER TABLE organisations DROP COLUMN logo_version",
            "ALTER TABLE interviews DROP COLUMN portrait_version",
            "ALTER TABLE interviews DROP COLUMN portrait_consent_by",
            "ALTER TABLE interviews DROP COLUMN portrait_consent_at",
        ] {
            db.execute_unprepared(statement).await?;
        }
        drop_tables(manager, vec![id(Pictures::Table)]).await
    }
}

#[derive(DeriveIden)]
enum Pictures {
    Table,
    Id,
    OwnerKind,
    OwnerId,
    Version,
    Size,
    Format,
    Data,
    UploadedBy,
    UploadedAt,
}
