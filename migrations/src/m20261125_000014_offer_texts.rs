//! The offer search moves into each app server's memory (`app::offers::engine`): the database
//! keeps only each offer's folded search text, from which every server builds its index. The
//! full-text tables of migration 12 (FTS5 on SQLite, tsvectors and GIN on PostgreSQL) were
//! too slow for common words on 100,000 offers and are replaced by a plain table.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE TABLE offer_texts (
                offer_id integer PRIMARY KEY REFERENCES offers(id) ON DELETE CASCADE,
                title text NOT NULL,
                body text NOT NULL
            )",
        )
        .await?;
        let copy = match manager.get_database_backend() {
            DbBackend::Sqlite => {
                "INSERT INTO offer_texts (offer_id, title, body) \
                 SELECT rowid, title, body FROM offer_search WHERE rowid IN (SELECT id FROM offers)"
            }
            _ => "INSERT INTO offer_texts (offer_id, title, body) SELECT offer_id, title, body FROM offer_search",
        };
        db.execute_unprepared(copy).await?;
        db.execute_unprepared("DROP TABLE offer_search").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE offer_search USING fts5(title, body, tokenize = 'unicode61')",
                )
                .await?;
                db.execute_unprepared(
                    "INSERT INTO offer_search (rowid, title, body) SELECT offer_id, title, body FROM offer_texts",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE TABLE offer_search (
                        offer_id integer PRIMARY KEY REFERENCES offers(id) ON DELETE CASCADE,
                        title text NOT NULL,
                        body text NOT NULL,
                        title_doc tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', title))) STORED,
                        doc tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', title || ' ' || body))) STORED
                    )",
                )
                .await?;
                db.execute_unprepared("CREATE INDEX ix_offer_search_doc ON offer_search USING gin (doc)")
                    .await?;
                db.execute_unprepared(
                    "INSERT INTO offer_search (offer_id, title, body) SELECT offer_id, title, body FROM offer_texts",
                )
                .await?;
            }
        }
        db.execute_unprepared("DROP TABLE offer_texts").await?;
        Ok(())
    }
}
