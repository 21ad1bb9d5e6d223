//! What webinar mails need: a file attached to a message (the confirmation's `.ics`), a personal
//! link per mail (each mail written by the job runner carries a working link of its own, and the
//! earlier ones keep working), reminders a person can stop with one click, and each person's
//! private calendar secret kept as it is — like the alerts' unsubscribe tokens, the account page
//! shows the address again, which a digest alone cannot give back.

use crate::helpers::{drop_tables, fk, id};
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
            .alter_table(
                Table::alter()
                    .table(name("users"))
                    .rename_column(name("calendar_hash"), name("calendar_token"))
                    .to_owned(),
            )
            .await?;
        // One column per statement (SQLite adds one at a time).
        for (table, mut column) in [
            ("outbox", string_len_null(name("attachment_name"), 120).to_owned()),
            ("outbox", string_len_null(name("attachment_type"), 120).to_owned()),
            ("outbox", text_null(name("attachment")).to_owned()),
            (
                "webinar_registrations",
                boolean(name("reminders")).default(true).to_owned(),
            ),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(name(table))
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(name("webinar_links"))
                    .col(string_len(name("token_hash"), 64).primary_key())
                    .col(integer(name("registration_id")))
                    .col(timestamp_with_time_zone(name("created_at")))
                    .foreign_key(&mut fk(
                        (name("webinar_links"), name("registration_id")),
                        (name("webinar_registrations"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![name("webinar_links")]).await?;
        for (table, column) in [
            ("webinar_registrations", "reminders"),
            ("outbox", "attachment"),
            ("outbox", "attachment_type"),
            ("outbox", "attachment_name"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(name(table))
                        .drop_column(name(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(name("users"))
                    .rename_column(name("calendar_token"), name("calendar_hash"))
                    .to_owned(),
            )
            .await
    }
}
