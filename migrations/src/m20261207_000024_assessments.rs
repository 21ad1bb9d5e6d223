//! The self-assessment (issue 16): a learner's answer per competence — a level of the framework
//! version it was given for, or "I don't know" (no level) — kept under the learner, so an
//! anonymous person's answers live under their resume code and move into their account on
//! sign-in like their pathway progress. One answer per learner and competence (a form posted
//! twice updates it).

use crate::helpers::{drop_tables, fk, id, index, unique};
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
                    .table(name("assessment_answers"))
                    .col(pk_auto(name("id")))
                    .col(integer(name("learner_id")))
                    .col(integer(name("framework_id")))
                    .col(integer(name("competence_id")))
                    // Empty: "I don't know".
                    .col(small_integer_null(name("level")))
                    .col(timestamp_with_time_zone(name("answered_at")))
                    .foreign_key(&mut fk(
                        (name("assessment_answers"), name("learner_id")),
                        (name("learners"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (name("assessment_answers"), name("framework_id")),
                        (name("frameworks"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (name("assessment_answers"), name("competence_id")),
                        (name("competences"), name("id")),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "ux_assessment_answers",
                name("assessment_answers"),
                &[name("learner_id"), name("competence_id")],
            ))
            .await?;
        manager
            .create_index(index(
                "ix_assessment_answers_competence",
                name("assessment_answers"),
                &[name("competence_id")],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, vec![name("assessment_answers")]).await
    }
}
