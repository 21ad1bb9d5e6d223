//! Invitations: an administrator invites someone by e-mail to edit for an organisation; the
//! link (its SHA-256 kept here) signs them up or adds the membership to their account.

use crate::helpers::{drop_tables, fk, id};
use crate::m20261125_000002_organisations::Organisations;
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
                    .table(Invitations::Table)
                    .col(pk_auto(Invitations::Id))
                    .col(integer(Invitations::OrganisationId))
                    .col(string_len(Invitations::Email, 320))
                    .col(string_len(Invitations::Lang, 8))
                    .col(string_len_uniq(Invitations::TokenHash, 64))
                    .col(integer_null(Invitations::InvitedBy))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::AcceptedAt))
                    .col(integer_null(Invitations::AcceptedBy))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(Invitations::Table), id(Invitations::OrganisationId)),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (id(Invitations::Table), id(Invitations::InvitedBy)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (id(Invitations::Table), id(Invitations::AcceptedBy)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![id(Invitations::Table)]).await
    }
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    OrganisationId,
    Email,
    Lang,
    TokenHash,
    InvitedBy,
    ExpiresAt,
    AcceptedAt,
    AcceptedBy,
    CreatedAt,
}
