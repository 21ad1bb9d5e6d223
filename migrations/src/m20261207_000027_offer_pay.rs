//! What an offer pays and how many hours it asks (issue 18): shown as facts on the card and at
//! the top of the page, and given to search engines as `JobPosting.baseSalary`. Every column is
//! optional: many offers (volunteering, training) have no pay to state.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (column, type). One statement per column: SQLite alters one column at a time.
const COLUMNS: [(&str, &str); 5] = [
    ("salary_min", "integer"),
    ("salary_max", "integer"),
    ("salary_currency", "varchar(3)"),
    ("salary_period", "varchar(8)"),
    ("hours_per_week", "integer"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (column, kind) in COLUMNS {
            db.execute_unprepared(&format!("ALTER TABLE offers ADD COLUMN {column} {kind}"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (column, _) in COLUMNS.iter().rev() {
            db.execute_unprepared(&format!("ALTER TABLE offers DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
