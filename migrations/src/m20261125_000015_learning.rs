//! Learning on pathways: what the steps need (quiz questions and choices, a pass mark, the
//! transcript of a video, a checklist, what to bring back from an external course), the
//! competences a pathway builds, and the learner's side: learners (signed in or anonymous
//! with a resume code), steps done, quiz attempts, badges and the key that signs them.

use crate::helpers::{create_translations, drop_tables, fk, id, unique};
use crate::m20261125_000006_accounts::Users;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn table(name: &str) -> DynIden {
    id(Alias::new(name))
}

fn column(name: &str) -> DynIden {
    id(Alias::new(name))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement (SQLite adds one at a time).
        for (t, mut col) in [
            ("pathway_steps", integer_null(Alias::new("pass_mark"))),
            (
                "pathway_step_translations",
                text_null(Alias::new("transcript_md")),
            ),
            ("pathway_step_translations", text_null(Alias::new("checklist"))),
            (
                "pathway_step_translations",
                text_null(Alias::new("bring_back_md")),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table(t)).add_column(&mut col).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(table("pathway_competences"))
                    .col(integer(column("pathway_id")))
                    .col(integer(column("competence_id")))
                    .col(integer(column("level")))
                    .primary_key(
                        Index::create()
                            .col(column("pathway_id"))
                            .col(column("competence_id")),
                    )
                    .foreign_key(&mut fk(
                        (table("pathway_competences"), column("pathway_id")),
                        (table("pathways"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (table("pathway_competences"), column("competence_id")),
                        (table("competences"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(table("quiz_questions"))
                    .col(pk_auto(column("id")))
                    .col(integer(column("step_id")))
                    .col(integer(column("position")))
                    .foreign_key(&mut fk(
                        (table("quiz_questions"), column("step_id")),
                        (table("pathway_steps"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "quiz_question_translations",
            column("question_id"),
            (table("quiz_questions"), column("id")),
            vec![text(Alias::new("prompt")), text(Alias::new("explanation"))],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(table("quiz_choices"))
                    .col(pk_auto(column("id")))
                    .col(integer(column("question_id")))
                    .col(integer(column("position")))
                    .col(boolean(column("correct")))
                    .foreign_key(&mut fk(
                        (table("quiz_choices"), column("question_id")),
                        (table("quiz_questions"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        create_translations(
            manager,
            "quiz_choice_translations",
            column("choice_id"),
            (table("quiz_choices"), column("id")),
            vec![text(Alias::new("label"))],
        )
        .await?;
        // A learner: one per account, or an anonymous one (a session, a resume code).
        manager
            .create_table(
                Table::create()
                    .table(table("learners"))
                    .col(pk_auto(column("id")))
                    .col(integer_null(column("user_id")).unique_key())
                    // SHA-256 of the resume code (the code itself is only shown to its holder).
                    .col(string_len_null(column("resume_hash"), 64).unique_key())
                    .col(timestamp_with_time_zone(column("created_at")))
                    .col(timestamp_with_time_zone(column("last_seen_at")))
                    .foreign_key(&mut fk(
                        (table("learners"), column("user_id")),
                        (id(Users::Table), id(Users::Id)),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(table("step_completions"))
                    .col(integer(column("learner_id")))
                    .col(integer(column("step_id")))
                    .col(timestamp_with_time_zone(column("completed_at")))
                    .primary_key(Index::create().col(column("learner_id")).col(column("step_id")))
                    .foreign_key(&mut fk(
                        (table("step_completions"), column("learner_id")),
                        (table("learners"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (table("step_completions"), column("step_id")),
                        (table("pathway_steps"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(table("quiz_attempts"))
                    .col(pk_auto(column("id")))
                    .col(integer(column("learner_id")))
                    .col(integer(column("step_id")))
                    // The chosen choice id per question id, as JSON.
                    .col(text(column("answers")))
                    .col(integer(column("correct")))
                    .col(integer(column("total")))
                    .col(boolean(column("passed")))
                    .col(timestamp_with_time_zone(column("created_at")))
                    .foreign_key(&mut fk(
                        (table("quiz_attempts"), column("learner_id")),
                        (table("learners"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (table("quiz_attempts"), column("step_id")),
                        (table("pathway_steps"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_quiz_attempts_learner_step")
                    .table(table("quiz_attempts"))
                    .col(column("learner_id"))
                    .col(column("step_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(table("badges"))
                    // A random UUID: the public address of the badge.
                    .col(string_len(column("id"), 36).primary_key())
                    .col(integer(column("learner_id")))
                    .col(integer(column("pathway_id")))
                    .col(string_len(column("recipient_name"), 200))
                    .col(timestamp_with_time_zone(column("issued_at")))
                    // The signed credential (VC-JWT).
                    .col(text(column("credential")))
                    .col(timestamp_with_time_zone_null(column("revoked_at")))
                    .col(text_null(column("revoked_reason")))
                    .foreign_key(&mut fk(
                        (table("badges"), column("learner_id")),
                        (table("learners"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (table("badges"), column("pathway_id")),
                        (table("pathways"), column("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // Never two badges for one learner and one pathway, whatever the race.
        manager
            .create_index(unique(
                "ux_badges_learner_pathway",
                table("badges"),
                &[column("learner_id"), column("pathway_id")],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(table("signing_keys"))
                    .col(string_len(column("kid"), 64).primary_key())
                    // Ed25519, base64url without padding.
                    .col(string_len(column("public_key"), 64))
                    .col(string_len(column("secret_key"), 64))
                    .col(timestamp_with_time_zone(column("created_at")))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                "signing_keys",
                "badges",
                "quiz_attempts",
                "step_completions",
                "learners",
                "quiz_choice_translations",
                "quiz_choices",
                "quiz_question_translations",
                "quiz_questions",
                "pathway_competences",
            ]
            .into_iter()
            .map(table)
            .collect(),
        )
        .await?;
        for (t, c) in [
            ("pathway_steps", "pass_mark"),
            ("pathway_step_translations", "transcript_md"),
            ("pathway_step_translations", "checklist"),
            ("pathway_step_translations", "bring_back_md"),
        ] {
            manager
                .alter_table(Table::alter().table(table(t)).drop_column(column(c)).to_owned())
                .await?;
        }
        Ok(())
    }
}
