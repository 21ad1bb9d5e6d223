//! An item's history as people read it: who did what, when, with a moderator's comment.
//! Shown on the item to its editors and to moderators (`ui::history::History`).

use serde::{Deserialize, Serialize};

/// One entry of an item's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// ISO date.
    pub on: String,
    /// Who did it (empty when the account is gone).
    pub who: String,
    /// The action's code (`submit`, `reject`…).
    pub action: String,
    /// A moderator's comment.
    pub detail: Option<String>,
    /// The fields and languages changed (`title:fr`, `city`).
    #[serde(default)]
    pub changes: Vec<String>,
}

impl HistoryEntry {
    /// The changed fields as (field, language code if a text).
    pub fn changed_fields(&self) -> Vec<(String, Option<String>)> {
        self.changes
            .iter()
            .map(|c| match c.split_once(':') {
                Some((field, lang)) => (field.to_string(), Some(lang.to_string())),
                None => (c.clone(), None),
            })
            .collect()
    }
}

/// The history of item `kind`/`id`, oldest first, with who did each step.
#[cfg(feature = "ssr")]
pub async fn entries(
    db: &impl sea_orm::ConnectionTrait,
    kind: super::ContentKind,
    id: i32,
) -> Result<Vec<HistoryEntry>, sea_orm::DbErr> {
    use crate::entities::user;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use std::collections::HashMap;
    let rows = super::audit::history(db, kind, id).await?;
    let people: Vec<i32> = rows.iter().filter_map(|r| r.actor_id).collect();
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(people))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| HistoryEntry {
            on: r.at.date_naive().to_string(),
            who: r
                .actor_id
                .and_then(|a| names.get(&a).cloned())
                .unwrap_or_default(),
            action: r.action,
            detail: r.detail,
            changes: r
                .changes
                .and_then(|c| serde_json::from_str(&c).ok())
                .unwrap_or_default(),
        })
        .collect())
}

/// The comment of the latest rejection, if any.
pub fn last_rejection(entries: &[HistoryEntry]) -> Option<String> {
    entries
        .iter()
        .rev()
        .find(|e| e.action == "reject")
        .and_then(|e| e.detail.clone())
}
