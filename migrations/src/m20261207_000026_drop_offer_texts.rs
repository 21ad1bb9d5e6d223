//! The offers' words move to the site-wide text index (issue 17), which every app server builds
//! from the offers' translations: the folded copy of their text kept for the old word index
//! is no longer read.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE offer_texts")
            .await
            .map(|_| ())
    }

    /// The table comes back empty: the version before this one rebuilds nothing into it, so
    /// its offer search finds no words until each offer is saved again.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE TABLE offer_texts (
                    offer_id integer PRIMARY KEY REFERENCES offers(id) ON DELETE CASCADE,
                    title text NOT NULL,
                    body text NOT NULL
                )",
            )
            .await
            .map(|_| ())
    }
}
