//! The site-wide search (issue 17): each app server keeps its own index in memory and learns
//! what changed from these rows, written in the transaction of every change to content beside
//! a generation counter in `app_meta` (its row lock orders the generations as the commits).

use crate::helpers::{drop_tables, id, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn name(n: &str) -> DynIden {
    id(Alias::new(n))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(name("search_changes"))
                    .col(pk_auto(name("id")))
                    .col(big_integer(name("generation")))
                    .col(string_len(name("kind"), 20))
                    .col(integer(name("item_id")))
                    .col(timestamp_with_time_zone(name("changed_at")))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_search_changes_generation",
                name("search_changes"),
                &[name("generation")],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![name("search_changes")]).await
    }
}
