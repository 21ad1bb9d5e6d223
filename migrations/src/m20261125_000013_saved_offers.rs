//! What signed-in people keep: saved offers, and saved searches that can send a daily digest
//! of new matches by e-mail (with a one-click unsubscribe link).

use crate::helpers::{drop_tables, fk, id, unique};
use crate::m20261125_000006_accounts::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SavedOffers::Table)
                    .col(integer(SavedOffers::UserId))
                    .col(integer(SavedOffers::OfferId))
                    .col(timestamp_with_time_zone(SavedOffers::CreatedAt))
                    .primary_key(Index::create().col(SavedOffers::UserId).col(SavedOffers::OfferId))
                    .foreign_key(&mut fk(
                        (id(SavedOffers::Table), id(SavedOffers::UserId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(SavedOffers::Table), id(SavedOffers::OfferId)),
                        (id(Alias::new("offers")), id(Alias::new("id"))),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SavedSearches::Table)
                    .col(pk_auto(SavedSearches::Id))
                    .col(integer(SavedSearches::UserId))
                    // The search page's query string, as understood (canonical filters).
                    .col(string_len(SavedSearches::Query, 1000))
                    .col(string_len(SavedSearches::Lang, 8))
                    .col(boolean(SavedSearches::Alert).default(false))
                    // Random; the one-click unsubscribe link carries it.
                    .col(string_len(SavedSearches::UnsubscribeToken, 64))
                    .col(timestamp_with_time_zone_null(SavedSearches::LastSentAt))
                    .col(timestamp_with_time_zone(SavedSearches::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(SavedSearches::Table), id(SavedSearches::UserId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_saved_searches_unsubscribe",
                id(SavedSearches::Table),
                &[id(SavedSearches::UnsubscribeToken)],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![id(SavedSearches::Table), id(SavedOffers::Table)]).await
    }
}

#[derive(DeriveIden)]
enum SavedOffers {
    Table,
    UserId,
    OfferId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SavedSearches {
    Table,
    Id,
    UserId,
    Query,
    Lang,
    Alert,
    UnsubscribeToken,
    LastSentAt,
    CreatedAt,
}
