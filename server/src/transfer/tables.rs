//! Every table a site's data lives in, through its SeaORM entity: its name, its columns with
//! their types, and its primary key. The change logs of the search indexes are derived (the
//! indexes rebuild from the content) and are not moved; a table of neither list stops an
//! export, so a new table cannot be forgotten.

use super::values::Kind;
use super::{refuse, TransferError};
use app::entities::*;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, IdenStatic, Iterable, PrimaryKeyToColumn, Statement,
};
use std::collections::{BTreeMap, BTreeSet};

/// Tables whose rows are derived from others (rebuilt on their own) or kept by the migrator.
pub const NOT_MOVED: [&str; 3] = ["offer_index_changes", "search_changes", "seaql_migrations"];

/// One table: what an export writes and an import reads.
#[derive(Clone, Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: Vec<(&'static str, Kind)>,
    pub primary_key: Vec<&'static str>,
}

impl Table {
    /// Rows read at a time: a few for a table that holds files (up to 5 MB each), so a
    /// transfer's memory stays small whatever the site's size.
    pub fn page_rows(&self) -> u64 {
        if self.columns.iter().any(|(_, kind)| *kind == Kind::Bytes) {
            8
        } else {
            500
        }
    }
}

fn of<E: EntityTrait + Default>() -> Result<Table, TransferError> {
    let entity = E::default();
    let name = entity.table_name();
    let mut columns = Vec::new();
    for column in E::Column::iter() {
        let Some(kind) = Kind::of(column.def().get_column_type()) else {
            return refuse(format!(
                "{name}.{}: a column type the transfer cannot carry",
                column.as_str()
            ));
        };
        columns.push((column.as_str(), kind));
    }
    let primary_key = E::PrimaryKey::iter()
        .map(|key| key.into_column().as_str())
        .collect();
    Ok(Table {
        name,
        columns,
        primary_key,
    })
}

/// Every moved table (in no particular order: `ordered` sorts them for loading).
pub fn all() -> Result<Vec<Table>, TransferError> {
    Ok(vec![
        of::<app_meta::Entity>()?,
        of::<assessment_answer::Entity>()?,
        of::<audit_log::Entity>()?,
        of::<background_job::Entity>()?,
        of::<badge::Entity>()?,
        of::<competence::Entity>()?,
        of::<competence_area::Entity>()?,
        of::<framework::Entity>()?,
        of::<framework_translation::Entity>()?,
        of::<interview::Entity>()?,
        of::<interview_translation::Entity>()?,
        of::<invitation::Entity>()?,
        of::<job_profile::Entity>()?,
        of::<job_profile_competence::Entity>()?,
        of::<job_profile_relation::Entity>()?,
        of::<job_profile_translation::Entity>()?,
        of::<learner::Entity>()?,
        of::<offer::Entity>()?,
        of::<offer_competence::Entity>()?,
        of::<offer_translation::Entity>()?,
        of::<one_time_token::Entity>()?,
        of::<organisation::Entity>()?,
        of::<organisation_member::Entity>()?,
        of::<organisation_translation::Entity>()?,
        of::<outbox::Entity>()?,
        of::<pathway::Entity>()?,
        of::<pathway_competence::Entity>()?,
        of::<pathway_step::Entity>()?,
        of::<pathway_step_translation::Entity>()?,
        of::<pathway_translation::Entity>()?,
        of::<picture::Entity>()?,
        of::<proficiency_level::Entity>()?,
        of::<quiz_attempt::Entity>()?,
        of::<quiz_choice::Entity>()?,
        of::<quiz_choice_translation::Entity>()?,
        of::<quiz_question::Entity>()?,
        of::<quiz_question_translation::Entity>()?,
        of::<rate_limit_hit::Entity>()?,
        of::<resource::Entity>()?,
        of::<resource_audience::Entity>()?,
        of::<resource_competence::Entity>()?,
        of::<resource_file::Entity>()?,
        of::<resource_language::Entity>()?,
        of::<resource_translation::Entity>()?,
        of::<revision::Entity>()?,
        of::<saved_offer::Entity>()?,
        of::<saved_search::Entity>()?,
        of::<session::Entity>()?,
        of::<signing_key::Entity>()?,
        of::<step_completion::Entity>()?,
        of::<translation_save::Entity>()?,
        of::<user::Entity>()?,
        of::<webinar::Entity>()?,
        of::<webinar_competence::Entity>()?,
        of::<webinar_job_profile::Entity>()?,
        of::<webinar_link::Entity>()?,
        of::<webinar_mail::Entity>()?,
        of::<webinar_registration::Entity>()?,
        of::<webinar_speaker::Entity>()?,
        of::<webinar_translation::Entity>()?,
    ])
}

/// The tables of `db`'s schema.
pub async fn in_database(db: &impl ConnectionTrait) -> Result<BTreeSet<String>, TransferError> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    };
    let rows = db.query_all_raw(Statement::from_string(backend, sql)).await?;
    let mut names = BTreeSet::new();
    for row in rows {
        names.insert(row.try_get::<String>("", "name")?);
    }
    Ok(names)
}

/// Checks that every table of `db` is moved or knowingly left, and every moved one exists.
pub async fn check_coverage(db: &impl ConnectionTrait, tables: &[Table]) -> Result<(), TransferError> {
    let present = in_database(db).await?;
    let known: BTreeSet<&str> = tables.iter().map(|t| t.name).chain(NOT_MOVED).collect();
    if let Some(unknown) = present.iter().find(|t| !known.contains(t.as_str())) {
        return refuse(format!(
            "table {unknown} has no entity in the transfer's list (server/src/transfer/tables.rs): it would be left behind"
        ));
    }
    if let Some(missing) = tables.iter().find(|t| !present.contains(t.name)) {
        return refuse(format!(
            "table {} is missing from the database: is it migrated?",
            missing.name
        ));
    }
    Ok(())
}

/// `tables` parents first, by the foreign keys of `db` (ties by name, so the order is stable).
pub async fn ordered(db: &impl ConnectionTrait, mut tables: Vec<Table>) -> Result<Vec<Table>, TransferError> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "SELECT tc.table_name AS child, ccu.table_name AS parent \
             FROM information_schema.table_constraints tc \
             JOIN information_schema.constraint_column_usage ccu \
               ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema \
             WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"
        }
        _ => {
            "SELECT m.name AS child, p.\"table\" AS parent FROM sqlite_master m \
             JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table'"
        }
    };
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in db.query_all_raw(Statement::from_string(backend, sql)).await? {
        let child: String = row.try_get("", "child")?;
        let parent: String = row.try_get("", "parent")?;
        if child != parent {
            parents.entry(child).or_default().insert(parent);
        }
    }
    tables.sort_by_key(|t| t.name);
    let mut placed: BTreeSet<&'static str> = BTreeSet::new();
    let mut order = Vec::with_capacity(tables.len());
    while !tables.is_empty() {
        let ready = tables.iter().position(|t| {
            parents.get(t.name).is_none_or(|ps| {
                ps.iter()
                    .all(|p| placed.contains(p.as_str()) || !is_moved(p, &order, &tables))
            })
        });
        let Some(index) = ready else {
            return refuse("the tables' foreign keys form a cycle: no loading order exists");
        };
        let table = tables.remove(index);
        placed.insert(table.name);
        order.push(table);
    }
    Ok(order)
}

/// Whether `name` is one of the moved tables (placed or still waiting).
fn is_moved(name: &str, placed: &[Table], waiting: &[Table]) -> bool {
    placed.iter().chain(waiting).any(|t| t.name == name)
}
