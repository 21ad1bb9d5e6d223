//! What changed in the offer search index, so each app server updates only the offers that
//! changed instead of rebuilding its whole index (`app::offers::index`). Every change takes the
//! next number of a counter in `app_meta` (locked until its transaction commits, so numbers
//! become visible in order) and writes one row per offer it touched; a row without an offer
//! means "everything changed". Old rows are swept by the housekeeping job.

use crate::helpers::{drop_tables, id, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OfferIndexChanges::Table)
                    .col(pk_auto(OfferIndexChanges::Id))
                    .col(big_integer(OfferIndexChanges::Generation))
                    // No foreign key: a deleted offer's row says "remove it from the index".
                    .col(integer_null(OfferIndexChanges::OfferId))
                    .col(timestamp_with_time_zone(OfferIndexChanges::ChangedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_offer_index_changes_generation",
                id(OfferIndexChanges::Table),
                &[id(OfferIndexChanges::Generation)],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![id(OfferIndexChanges::Table)]).await
    }
}

#[derive(DeriveIden)]
enum OfferIndexChanges {
    Table,
    Id,
    Generation,
    OfferId,
    ChangedAt,
}
