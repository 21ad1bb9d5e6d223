//! Personal data, owned by each feature: every feature that keeps something about a person
//! declares, in its own folder, what "my data" exports and what deleting the account erases
//! (`PersonalData`). The account feature runs them all; a test checks that every column that
//! holds a person's id is declared by some feature.

use crate::entities::user;
use futures::future::BoxFuture;
use sea_orm::{DatabaseTransaction, DbErr};
use serde_json::Value;

/// A column that holds a person's id (`users.id`): `("saved_offers", "user_id")`.
pub type PersonColumn = (&'static str, &'static str);

/// What one feature keeps about a person.
pub struct PersonalData {
    /// Its part of the privacy notice: the Fluent keys `privacy-part-{notice}` (its name),
    /// `…-what` and `…-why`.
    pub notice: &'static str,
    /// How long it is kept (stated on the privacy notice with the days in force).
    pub kept: &'static [crate::legal::model::Period],
    /// The columns holding a person's id that `export` reads.
    pub exports: &'static [PersonColumn],
    /// The columns holding a person's id that `erase` deletes or empties.
    pub erases: &'static [PersonColumn],
    /// This feature's part of "my data": an object whose members join the file's top level.
    pub export: for<'a> fn(&'a DatabaseTransaction, &'a user::Model) -> BoxFuture<'a, Result<Value, DbErr>>,
    /// Removes (or anonymises) what this feature keeps about the person, inside the deletion's
    /// transaction, before the user row itself goes.
    pub erase: for<'a> fn(&'a DatabaseTransaction, &'a user::Model) -> BoxFuture<'a, Result<(), DbErr>>,
}

/// Every declared column, exported or erased.
pub fn declared(features: &[PersonalData]) -> Vec<PersonColumn> {
    let mut all: Vec<PersonColumn> = features
        .iter()
        .flat_map(|f| f.exports.iter().chain(f.erases.iter()).copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// "My data": every feature's members in one object.
pub async fn export(
    features: &[PersonalData],
    txn: &DatabaseTransaction,
    user: &user::Model,
) -> Result<serde_json::Map<String, Value>, DbErr> {
    let mut out = serde_json::Map::new();
    for feature in features {
        if let Value::Object(part) = (feature.export)(txn, user).await? {
            out.extend(part);
        }
    }
    Ok(out)
}

/// Runs every feature's erasure (the caller deletes the user row and commits).
pub async fn erase(
    features: &[PersonalData],
    txn: &DatabaseTransaction,
    user: &user::Model,
) -> Result<(), DbErr> {
    for feature in features {
        (feature.erase)(txn, user).await?;
    }
    Ok(())
}
