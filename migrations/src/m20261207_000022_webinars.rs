//! Webinars, whole: the organiser's time zone, registration open or closed, accessibility
//! provisions, a transcript or summary per language, speakers (linked to their interview or
//! organisation), competences and job profiles, a pathway step pointing to a replay; and the
//! registrations — with an account or with an e-mail address only (double opt-in) —, their seat
//! or place on the waiting list, the mails sent for them, and each person's private calendar.

use crate::helpers::{drop_tables, fk, id, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn name(n: &str) -> DynIden {
    id(Alias::new(n))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement (SQLite adds one at a time).
        for (table, mut column) in [
            // Raised by every change, like every content table (migration 18 came before).
            ("webinars", integer(name("version")).default(1).to_owned()),
            (
                "webinars",
                string_len(name("time_zone"), 64)
                    .default("Europe/Paris")
                    .to_owned(),
            ),
            (
                "webinars",
                boolean(name("registration_open")).default(true).to_owned(),
            ),
            ("webinars", boolean(name("captions")).default(false).to_owned()),
            (
                "webinars",
                boolean(name("sign_language")).default(false).to_owned(),
            ),
            // Seats taken by confirmed registrations: raised only while below capacity, by one
            // conditional update, so parallel registrations never exceed it.
            ("webinars", integer(name("seats_taken")).default(0).to_owned()),
            (
                "webinar_translations",
                text_null(name("transcript_md")).to_owned(),
            ),
            ("pathway_steps", integer_null(name("webinar_id")).to_owned()),
            // The secret of a person's private calendar feed (its SHA-256).
            ("users", string_len_null(name("calendar_hash"), 64).to_owned()),
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
                    .table(name("webinar_speakers"))
                    .col(pk_auto(name("id")))
                    .col(integer(name("webinar_id")))
                    .col(integer(name("position")))
                    .col(string_len(name("name"), 200))
                    // In the webinar's original language.
                    .col(string_len(name("role"), 300))
                    .col(integer_null(name("interview_id")))
                    .col(integer_null(name("organisation_id")))
                    .foreign_key(&mut fk(
                        (name("webinar_speakers"), name("webinar_id")),
                        (name("webinars"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (name("webinar_speakers"), name("interview_id")),
                        (name("interviews"), name("id")),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (name("webinar_speakers"), name("organisation_id")),
                        (name("organisations"), name("id")),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        for (table, other, other_table) in [
            ("webinar_competences", "competence_id", "competences"),
            ("webinar_job_profiles", "job_profile_id", "job_profiles"),
        ] {
            manager
                .create_table(
                    Table::create()
                        .table(name(table))
                        .col(integer(name("webinar_id")))
                        .col(integer(name(other)))
                        .primary_key(Index::create().col(name("webinar_id")).col(name(other)))
                        .foreign_key(&mut fk(
                            (name(table), name("webinar_id")),
                            (name("webinars"), name("id")),
                            ForeignKeyAction::Cascade,
                        ))
                        .foreign_key(&mut fk(
                            (name(table), name(other)),
                            (name(other_table), name("id")),
                            ForeignKeyAction::Cascade,
                        ))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(name("webinar_registrations"))
                    .col(pk_auto(name("id")))
                    .col(integer(name("webinar_id")))
                    .col(integer_null(name("user_id")))
                    // Lower-cased; for a registration with an account, the account's address.
                    .col(string_len(name("email"), 320))
                    .col(string_len(name("lang"), 8))
                    // pending (e-mail not confirmed yet), confirmed (a seat), waiting, cancelled.
                    .col(string_len(name("status"), 20))
                    // SHA-256 of the personal link's secret (see, cancel, calendar).
                    .col(string_len_uniq(name("token_hash"), 64))
                    .col(timestamp_with_time_zone(name("created_at")))
                    .col(timestamp_with_time_zone_null(name("confirmed_at")))
                    .col(timestamp_with_time_zone_null(name("cancelled_at")))
                    .foreign_key(&mut fk(
                        (name("webinar_registrations"), name("webinar_id")),
                        (name("webinars"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (name("webinar_registrations"), name("user_id")),
                        (name("users"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_webinar_registrations_webinar_status",
                name("webinar_registrations"),
                &[name("webinar_id"), name("status"), name("id")],
            ))
            .await?;
        // One live registration per address and webinar: a second one is refused by the
        // database itself, whatever the number of app servers (cancelled ones do not count).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_webinar_registrations_live ON webinar_registrations \
                 (webinar_id, email) WHERE status <> 'cancelled'",
            )
            .await?;
        // Each mail a registration gets (confirmation, reminders, replay), once: the job runner
        // inserts the row before sending, and the primary key refuses a second.
        manager
            .create_table(
                Table::create()
                    .table(name("webinar_mails"))
                    .col(integer(name("registration_id")))
                    .col(string_len(name("kind"), 20))
                    .col(timestamp_with_time_zone(name("sent_at")))
                    .primary_key(Index::create().col(name("registration_id")).col(name("kind")))
                    .foreign_key(&mut fk(
                        (name("webinar_mails"), name("registration_id")),
                        (name("webinar_registrations"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            vec![
                name("webinar_mails"),
                name("webinar_registrations"),
                name("webinar_job_profiles"),
                name("webinar_competences"),
                name("webinar_speakers"),
            ],
        )
        .await?;
        for (table, column) in [
            ("users", "calendar_hash"),
            ("pathway_steps", "webinar_id"),
            ("webinar_translations", "transcript_md"),
            ("webinars", "seats_taken"),
            ("webinars", "sign_language"),
            ("webinars", "captions"),
            ("webinars", "registration_open"),
            ("webinars", "time_zone"),
            ("webinars", "version"),
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
        Ok(())
    }
}
