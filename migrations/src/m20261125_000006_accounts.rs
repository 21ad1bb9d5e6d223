//! Accounts: users with a role, and their membership of organisations (editors).
//! Sign-up, sessions and the rest come with the accounts issue.

use crate::helpers::{drop_tables, fk, id};
use crate::m20261125_000002_organisations::Organisations;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(string_len_uniq(Users::Email, 320))
                    .col(string_len_null(Users::PasswordHash, 200))
                    .col(string_len(Users::DisplayName, 120))
                    .col(string_len(Users::Lang, 8))
                    .col(string_len(Users::TimeZone, 64))
                    // learner, moderator or admin; editors are members of organisations.
                    .col(string_len(Users::Role, 20))
                    .col(timestamp_with_time_zone_null(Users::EmailVerifiedAt))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationMembers::Table)
                    .col(integer(OrganisationMembers::UserId))
                    .col(integer(OrganisationMembers::OrganisationId))
                    .col(string_len(OrganisationMembers::Role, 20))
                    .primary_key(
                        Index::create()
                            .col(OrganisationMembers::UserId)
                            .col(OrganisationMembers::OrganisationId),
                    )
                    .foreign_key(&mut fk(
                        (id(OrganisationMembers::Table), id(OrganisationMembers::UserId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            id(OrganisationMembers::Table),
                            id(OrganisationMembers::OrganisationId),
                        ),
                        (id(Organisations::Table), id(Organisations::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![id(OrganisationMembers::Table), id(Users::Table)]).await
    }
}

#[derive(DeriveIden)]
pub enum Users {
    Table,
    Id,
    Email,
    PasswordHash,
    DisplayName,
    Lang,
    TimeZone,
    Role,
    EmailVerifiedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OrganisationMembers {
    Table,
    UserId,
    OrganisationId,
    Role,
}
