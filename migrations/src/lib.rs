//! Database migrations, run at start-up. Each file is `mYYYYMMDD_NNNNNN_what.rs` with a `down()`,
//! and is never edited once landed: a change is a new migration.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_frameworks;
mod m20261125_000002_catalogue;
mod m20261125_000003_app_meta;
mod m20261125_000004_later_content;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_frameworks::Migration),
            Box::new(m20261125_000002_catalogue::Migration),
            Box::new(m20261125_000003_app_meta::Migration),
            Box::new(m20261125_000004_later_content::Migration),
        ]
    }
}
