//! One write path for content: creating, changing and changing the status of any item goes
//! through `Write`, which checks the viewer's permission for *this* item, and, in the same
//! transaction, records the change in the audit log and tells every listener (the search
//! index learns of that item only, alerts see new matches). Feeds and the sitemap read the
//! published items, so they reflect a change at once.

use super::audit;
pub use super::items::{free_slug, id_by_slug, item, raise_version, slug, table, version};
use super::kind::{ContentKind, Owner};
use super::status::ContentStatus;
use crate::auth::model::Viewer;
use crate::auth::permissions::{self, Action, Item};
use crate::error::AppError;
use futures::future::BoxFuture;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};

/// One change to one item, as listeners see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: ContentKind,
    pub id: i32,
    pub owner: Owner,
    pub action: Action,
    /// The item's status before the change (for a new item, its status as created).
    pub previous: ContentStatus,
    /// The item's status after the change.
    pub status: ContentStatus,
}

impl Change {
    /// Whether this change made the item public (a first publication, or coming back).
    pub fn published_now(&self) -> bool {
        self.status.is_public() && !self.previous.is_public()
    }
}

/// Runs after every change, inside its transaction (`crate::content_listeners` lists them).
pub type Listener = for<'a> fn(&'a DatabaseTransaction, &'a Change) -> BoxFuture<'a, Result<(), DbErr>>;

/// A write in progress: a transaction whose permission was checked. The feature runs its own
/// statements on `txn()`, says what it changed (`created` for a new item), then `commit`s.
pub struct Write {
    txn: DatabaseTransaction,
    actor: Option<i32>,
    action: Action,
    kind: ContentKind,
    owner: Owner,
    id: Option<i32>,
    previous: ContentStatus,
    status: ContentStatus,
    detail: Option<String>,
    changes: Vec<String>,
}

impl Write {
    /// Starts `action` on `item` (id `None` when creating), if `viewer` may do it.
    pub async fn begin(
        db: &DatabaseConnection,
        viewer: Option<&Viewer>,
        action: Action,
        item: Item,
        id: Option<i32>,
    ) -> Result<Write, AppError> {
        if !permissions::can(viewer, action, &item) {
            return Err(AppError::Forbidden);
        }
        Ok(Write {
            txn: db.begin().await?,
            actor: viewer.map(|v| v.id),
            action,
            kind: item.kind,
            owner: item.owner,
            id,
            previous: item.status,
            status: item.status,
            detail: None,
            changes: Vec::new(),
        })
    }

    /// The transaction to run the feature's own statements on.
    pub fn txn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// The id of the item just created.
    pub fn created(&mut self, id: i32) {
        self.id = Some(id);
    }

    /// The item's status before this write, when it is not the one permissions judged (a
    /// published item whose revision is in review): listeners see what really changed.
    pub fn before(&mut self, status: ContentStatus) {
        self.previous = status;
    }

    /// The item's status after this write.
    pub fn now(&mut self, status: ContentStatus) {
        self.status = status;
    }

    /// Claims the item at `version`, the one the editor's form was opened at, and raises it:
    /// when someone changed the item since, the write is refused with `AppError::Conflict`
    /// (the handler gives the form back with what was typed and says so).
    pub async fn expect_version(&mut self, version: i32) -> Result<(), AppError> {
        let (Some(table), Some(id)) = (table(self.kind), self.id) else {
            return Err(AppError::internal("a version claimed without its item"));
        };
        let update = Query::update()
            .table(Alias::new(table))
            .value(Alias::new("version"), Expr::col(Alias::new("version")).add(1))
            .and_where(Expr::col(Alias::new("id")).eq(id))
            .and_where(Expr::col(Alias::new("version")).eq(version))
            .to_owned();
        if self.txn.execute(&update).await?.rows_affected() == 0 {
            return Err(AppError::Conflict);
        }
        Ok(())
    }

    /// The fields and languages this write changed (`title:fr`), for the item's history.
    pub fn changes(&mut self, changes: Vec<String>) {
        self.changes = changes;
    }

    /// A note for the audit log (a moderator's comment).
    pub fn detail(&mut self, detail: impl Into<String>) {
        self.detail = Some(detail.into());
    }

    /// Records the change, tells the listeners and commits.
    pub async fn commit(self) -> Result<Change, AppError> {
        let id = self
            .id
            .ok_or_else(|| AppError::internal("a content write committed without its item"))?;
        let change = Change {
            kind: self.kind,
            id,
            owner: self.owner,
            action: self.action,
            previous: self.previous,
            status: self.status,
        };
        audit::record(
            &self.txn,
            audit::Entry {
                actor: self.actor,
                action: self.action,
                kind: self.kind,
                id,
                owner: self.owner,
                detail: self.detail,
                changes: &self.changes,
            },
        )
        .await?;
        for listener in crate::content_listeners() {
            listener(&self.txn, &change).await?;
        }
        self.txn.commit().await?;
        Ok(change)
    }
}

/// The status an action leads to, from `from`; `None` when the action does not change status
/// (or cannot apply to an item in that status).
pub fn transition(action: Action, from: ContentStatus) -> Option<ContentStatus> {
    use ContentStatus::*;
    match (action, from) {
        (Action::Submit, Draft | Rejected) => Some(InReview),
        (Action::Approve, InReview) => Some(Published),
        (Action::Reject, InReview) => Some(Rejected),
        (Action::Archive, Published) => Some(Archived),
        (Action::Publish, Draft | InReview | Rejected | Archived) => Some(Published),
        _ => None,
    }
}

/// Sets the status of item `kind`/`id` and raises its version.
async fn store_status(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: i32,
    status: ContentStatus,
) -> Result<u64, DbErr> {
    let Some(table) = table(kind) else {
        return Ok(0);
    };
    let update = Query::update()
        .table(Alias::new(table))
        .value(Alias::new("status"), status.code())
        .value(Alias::new("version"), Expr::col(Alias::new("version")).add(1))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    Ok(db.execute(&update).await?.rows_affected())
}

/// Submits, approves, rejects or archives item `kind`/`id` for `viewer`: the status changes
/// only along `transition`, if the viewer may, with the audit record and the listeners.
pub async fn change_status(
    db: &DatabaseConnection,
    viewer: Option<&Viewer>,
    kind: ContentKind,
    id: i32,
    action: Action,
    comment: Option<String>,
) -> Result<Change, AppError> {
    begin_status(db, viewer, kind, id, action, comment)
        .await?
        .commit()
        .await
}

/// The same, left open: the caller adds what belongs to the same change (the e-mail telling
/// the editors) on `txn()`, then commits.
pub async fn begin_status(
    db: &DatabaseConnection,
    viewer: Option<&Viewer>,
    kind: ContentKind,
    id: i32,
    action: Action,
    comment: Option<String>,
) -> Result<Write, AppError> {
    let item = item(db, kind, id).await?.ok_or(AppError::NotFound)?;
    let to = transition(action, item.status).ok_or(AppError::Conflict)?;
    let mut write = Write::begin(db, viewer, action, item, Some(id)).await?;
    store_status(write.txn(), kind, id, to).await?;
    write.now(to);
    if let Some(comment) = comment {
        write.detail(comment);
    }
    Ok(write)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_moves_only_forward_along_the_review() {
        use ContentStatus::*;
        assert_eq!(transition(Action::Submit, Draft), Some(InReview));
        assert_eq!(transition(Action::Submit, Rejected), Some(InReview));
        assert_eq!(transition(Action::Submit, Published), None);
        assert_eq!(transition(Action::Approve, InReview), Some(Published));
        assert_eq!(transition(Action::Approve, Draft), None);
        assert_eq!(transition(Action::Reject, InReview), Some(Rejected));
        assert_eq!(transition(Action::Archive, Published), Some(Archived));
        assert_eq!(transition(Action::Archive, Draft), None);
        assert_eq!(transition(Action::Publish, Archived), Some(Published));
        assert_eq!(transition(Action::Publish, Published), None);
    }
}
