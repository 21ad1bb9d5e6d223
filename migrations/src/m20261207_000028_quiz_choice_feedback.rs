//! Why a wrong answer is wrong (issue 18): a quiz shows it to a learner who chose that answer,
//! without giving the right one away; the right answers come once the quiz is passed.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("ALTER TABLE quiz_choice_translations ADD COLUMN feedback text")
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("ALTER TABLE quiz_choice_translations DROP COLUMN feedback")
            .await
            .map(|_| ())
    }
}
