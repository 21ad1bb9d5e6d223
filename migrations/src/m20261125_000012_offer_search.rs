//! Full-text search of offers, the same behaviour on both databases: one row per offer holding
//! its titles and its other text (descriptions, organisation, competences, city — every
//! language), already folded by the app (lower case, accents removed, punctuation as spaces).
//! SQLite indexes it with FTS5, PostgreSQL with `simple` tsvectors and GIN. The vectors are
//! stripped of positions (no phrase search or scoring is used): four times smaller, so a
//! search that reads many of them stays fast.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Sqlite => {
                // The row id is the offer id; the text lives only in the index.
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE offer_search USING fts5(title, body, tokenize = 'unicode61')",
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
            }
        }
        // The list filters and orders on these.
        for (name, cols) in [
            ("ix_offers_status_posted", "status, posted_at"),
            ("ix_offers_valid_until", "valid_until"),
            ("ix_offers_organisation", "organisation_id"),
            ("ix_offers_city", "city"),
            ("ix_offers_job_profile", "job_profile_id"),
            ("ix_offer_competences_competence", "competence_id"),
        ] {
            let table = if name.starts_with("ix_offer_competences") {
                "offer_competences"
            } else {
                "offers"
            };
            db.execute_unprepared(&format!("CREATE INDEX {name} ON {table} ({cols})"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for name in [
            "ix_offers_status_posted",
            "ix_offers_valid_until",
            "ix_offers_organisation",
            "ix_offers_city",
            "ix_offers_job_profile",
            "ix_offer_competences_competence",
        ] {
            db.execute_unprepared(&format!("DROP INDEX {name}")).await?;
        }
        db.execute_unprepared("DROP TABLE offer_search").await?;
        Ok(())
    }
}
