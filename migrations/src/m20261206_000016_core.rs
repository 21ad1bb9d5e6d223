//! The core under every feature: one rate limiter with named buckets (replacing the sign-in
//! failures table), background jobs with claims and leases, the audit log of content changes,
//! and revisions (a pending edit of a published item, reviewed while the published text stays).

use crate::helpers::{drop_tables, fk, id, index, unique};
use crate::m20261125_000006_accounts::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Failed attempts are short-lived (15 minutes): nothing worth carrying over.
        manager
            .drop_table(Table::drop().table(Alias::new("sign_in_failures")).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateLimitHits::Table)
                    .col(pk_auto(RateLimitHits::Id))
                    .col(string_len(RateLimitHits::Bucket, 32))
                    // What is limited: an e-mail address as typed, or a client address.
                    .col(string_len(RateLimitHits::Subject, 320))
                    .col(timestamp_with_time_zone(RateLimitHits::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_rate_limit_hits_bucket",
                id(RateLimitHits::Table),
                &[
                    id(RateLimitHits::Bucket),
                    id(RateLimitHits::Subject),
                    id(RateLimitHits::CreatedAt),
                ],
            ))
            .await?;

        // The one-click unsubscribe address of a message (RFC 8058 headers), when it has one.
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("outbox"))
                    .add_column(string_len_null(Alias::new("list_unsubscribe"), 500))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BackgroundJobs::Table)
                    .col(pk_auto(BackgroundJobs::Id))
                    .col(string_len(BackgroundJobs::Kind, 64))
                    // Unique per kind: a recurring job has one row ("every"), a one-off job
                    // its own key (so scheduling it twice schedules it once).
                    .col(string_len(BackgroundJobs::Key, 200))
                    .col(text(BackgroundJobs::Payload))
                    .col(string_len(BackgroundJobs::State, 16))
                    .col(timestamp_with_time_zone(BackgroundJobs::RunAt))
                    .col(integer(BackgroundJobs::Attempts).default(0))
                    .col(string_len_null(BackgroundJobs::LeaseHolder, 64))
                    .col(timestamp_with_time_zone_null(BackgroundJobs::LeaseUntil))
                    .col(text_null(BackgroundJobs::LastError))
                    .col(timestamp_with_time_zone_null(BackgroundJobs::LastRunAt))
                    .col(timestamp_with_time_zone(BackgroundJobs::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_background_jobs_kind_key",
                id(BackgroundJobs::Table),
                &[id(BackgroundJobs::Kind), id(BackgroundJobs::Key)],
            ))
            .await?;
        manager
            .create_index(index(
                "ix_background_jobs_due",
                id(BackgroundJobs::Table),
                &[id(BackgroundJobs::State), id(BackgroundJobs::RunAt)],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_auto(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    // Kept when the person's account is deleted, without their id.
                    .col(integer_null(AuditLog::ActorId))
                    .col(string_len(AuditLog::Action, 32))
                    .col(string_len(AuditLog::ItemKind, 32))
                    .col(integer(AuditLog::ItemId))
                    .col(integer_null(AuditLog::OrganisationId))
                    .col(text_null(AuditLog::Detail))
                    .foreign_key(&mut fk(
                        (id(AuditLog::Table), id(AuditLog::ActorId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_audit_log_item",
                id(AuditLog::Table),
                &[id(AuditLog::ItemKind), id(AuditLog::ItemId)],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Revisions::Table)
                    .col(pk_auto(Revisions::Id))
                    .col(string_len(Revisions::ItemKind, 32))
                    .col(integer(Revisions::ItemId))
                    // The whole proposed item (fields and translations), as JSON.
                    .col(text(Revisions::Data))
                    .col(string_len(Revisions::Status, 16))
                    .col(integer_null(Revisions::AuthorId))
                    .col(integer_null(Revisions::ReviewerId))
                    .col(text_null(Revisions::ReviewComment))
                    .col(timestamp_with_time_zone(Revisions::CreatedAt))
                    .col(timestamp_with_time_zone(Revisions::UpdatedAt))
                    .foreign_key(&mut fk(
                        (id(Revisions::Table), id(Revisions::AuthorId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (id(Revisions::Table), id(Revisions::ReviewerId)),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_revisions_item",
                id(Revisions::Table),
                &[id(Revisions::ItemKind), id(Revisions::ItemId)],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                id(Revisions::Table),
                id(AuditLog::Table),
                id(BackgroundJobs::Table),
                id(RateLimitHits::Table),
            ],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("outbox"))
                    .drop_column(Alias::new("list_unsubscribe"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("sign_in_failures"))
                    .col(pk_auto(Alias::new("id")))
                    .col(string_len(Alias::new("account"), 320))
                    .col(string_len(Alias::new("ip"), 64))
                    .col(timestamp_with_time_zone(Alias::new("created_at")))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum RateLimitHits {
    Table,
    Id,
    Bucket,
    Subject,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BackgroundJobs {
    Table,
    Id,
    Kind,
    Key,
    Payload,
    State,
    RunAt,
    Attempts,
    LeaseHolder,
    LeaseUntil,
    LastError,
    LastRunAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    Action,
    ItemKind,
    ItemId,
    OrganisationId,
    Detail,
}

#[derive(DeriveIden)]
enum Revisions {
    Table,
    Id,
    ItemKind,
    ItemId,
    Data,
    Status,
    AuthorId,
    ReviewerId,
    ReviewComment,
    CreatedAt,
    UpdatedAt,
}
