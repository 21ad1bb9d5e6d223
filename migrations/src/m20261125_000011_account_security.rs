//! What accounts need beyond the users table: a per-user session key (changing it signs the
//! user out everywhere), one-time links, the e-mail outbox and the record of failed sign-ins
//! that rate limiting counts (in the database, so every app server sees the same count).

use crate::helpers::{drop_tables, fk, id, unique};
use crate::m20261125_000006_accounts::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_len(Alias::new("session_key"), 64).default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OneTimeTokens::Table)
                    .col(pk_auto(OneTimeTokens::Id))
                    .col(integer(OneTimeTokens::UserId))
                    // verify-email or reset-password
                    .col(string_len(OneTimeTokens::Purpose, 20))
                    // SHA-256 of the secret in the link: a leaked table opens nothing.
                    .col(string_len(OneTimeTokens::TokenHash, 64))
                    // The address the link was sent to (an e-mail change verifies the new one).
                    .col(string_len(OneTimeTokens::Email, 320))
                    .col(timestamp_with_time_zone(OneTimeTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(OneTimeTokens::UsedAt))
                    .col(timestamp_with_time_zone(OneTimeTokens::CreatedAt))
                    .foreign_key(&mut fk(
                        (id(OneTimeTokens::Table), id(OneTimeTokens::UserId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_one_time_tokens_hash",
                id(OneTimeTokens::Table),
                &[id(OneTimeTokens::TokenHash)],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(pk_auto(Outbox::Id))
                    // Deleting the user deletes the mail written to them (GDPR erasure).
                    .col(integer_null(Outbox::UserId))
                    .col(string_len(Outbox::ToAddress, 320))
                    .col(string_len(Outbox::Subject, 300))
                    .col(text(Outbox::Body))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    // Set by the app server that took the message for sending, so that only
                    // one server sends it.
                    .col(timestamp_with_time_zone_null(Outbox::ClaimedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(text_null(Outbox::LastError))
                    .foreign_key(&mut fk(
                        (id(Outbox::Table), id(Outbox::UserId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInFailures::Table)
                    .col(pk_auto(SignInFailures::Id))
                    // The e-mail as typed, lower-cased: unknown addresses are limited too.
                    .col(string_len(SignInFailures::Account, 320))
                    .col(string_len(SignInFailures::Ip, 64))
                    .col(timestamp_with_time_zone(SignInFailures::CreatedAt))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("ix_sign_in_failures_account", SignInFailures::Account),
            ("ix_sign_in_failures_ip", SignInFailures::Ip),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(SignInFailures::Table)
                        .col(col)
                        .col(SignInFailures::CreatedAt)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(SignInFailures::Table),
                id(Outbox::Table),
                id(OneTimeTokens::Table),
            ],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Alias::new("session_key"))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum OneTimeTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    Email,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    UserId,
    ToAddress,
    Subject,
    Body,
    CreatedAt,
    ClaimedAt,
    SentAt,
    Attempts,
    LastError,
}

#[derive(DeriveIden)]
enum SignInFailures {
    Table,
    Id,
    Account,
    Ip,
    CreatedAt,
}
