//! Editing any kind of item the same way: each editable kind says which text fields one
//! language has and how to read and write its `Snapshot` (`crate::editable_kinds` lists them);
//! the core does the rest — saving a draft in place, turning a change to a published item into
//! its revision, the state of each translation, and the moderator's decision on a revision.

use super::kind::ContentKind;
use super::revisions;
use super::snapshot::{diff, FieldChange, Snapshot};
use super::status::ContentStatus;
pub use super::translations::{mark_saved, translation_states};
use super::write::{item, Write};
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::error::AppError;
use crate::i18n::Lang;
use futures::future::BoxFuture;
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};

/// One text field of a language.
#[derive(Clone, Copy, Debug)]
pub struct TextSpec {
    pub name: &'static str,
    /// Written in Markdown (shown with its preview and the formatting help).
    pub markdown: bool,
    pub required: bool,
    /// Longest text, in characters.
    pub max: usize,
    /// Lines of its text area (0: a one-line field).
    pub rows: u8,
}

impl TextSpec {
    /// What is wrong with `value` for this field: a Fluent key and, for a text too long, the
    /// most characters allowed.
    pub fn problem(&self, value: &str) -> Option<(&'static str, Option<usize>)> {
        if self.required && value.trim().is_empty() {
            Some(("form-error-missing", None))
        } else if value.chars().count() > self.max {
            Some(("partner-error-too-long", Some(self.max)))
        } else {
            None
        }
    }
}

/// Reads the snapshot of item `id` and its original language (`None`: no such item).
pub type ReadSnapshot =
    for<'a> fn(&'a DatabaseTransaction, i32) -> BoxFuture<'a, Result<Option<(Snapshot, Lang)>, DbErr>>;
/// Writes a snapshot's fields and texts to item `id`.
pub type ApplySnapshot =
    for<'a> fn(&'a DatabaseTransaction, i32, &'a Snapshot) -> BoxFuture<'a, Result<(), DbErr>>;

/// A kind of item editors write.
pub struct Editable {
    pub kind: ContentKind,
    /// The field that names an item (a text field, else a language-neutral one).
    pub title_field: &'static str,
    /// The text fields of one language, in the order of the form.
    pub texts: &'static [TextSpec],
    pub read: ReadSnapshot,
    pub apply: ApplySnapshot,
    /// The words for a language-neutral field's stored value in a language (`FR` → "France"),
    /// for the moderator's diff; `None`: the value is shown as it is.
    pub describe: fn(&str, &str, Lang) -> Option<String>,
    /// The text fields an item has beyond `texts`, named by where they are in it (a pathway's
    /// steps, questions and choices: `step.02.title`), read from its snapshot.
    pub more_texts: fn(&Snapshot) -> Vec<(String, TextSpec)>,
}

/// `more_texts` of kinds whose text fields are all in `texts`.
pub fn no_more_texts(_: &Snapshot) -> Vec<(String, TextSpec)> {
    Vec::new()
}

impl Editable {
    /// `changes` with language-neutral values in words, in `lang`.
    pub fn described(&self, mut changes: Vec<FieldChange>, lang: Lang) -> Vec<FieldChange> {
        for change in changes.iter_mut().filter(|c| c.lang.is_none()) {
            for value in [&mut change.before, &mut change.after] {
                if let Some(words) = (!value.is_empty())
                    .then(|| (self.describe)(&change.field, value, lang))
                    .flatten()
                {
                    *value = words;
                }
            }
        }
        changes
    }

    /// Every text field of the item in `snapshot`, by name, in the order of the forms.
    pub fn text_fields(&self, snapshot: &Snapshot) -> Vec<(String, TextSpec)> {
        self.texts
            .iter()
            .map(|t| (t.name.to_string(), *t))
            .chain((self.more_texts)(snapshot))
            .collect()
    }

    /// The name of the item in `snapshot`, in `lang`.
    pub fn title(&self, snapshot: &Snapshot, lang: Lang) -> String {
        let text = snapshot.text(lang, self.title_field);
        if text.is_empty() {
            snapshot.field(self.title_field)
        } else {
            text
        }
    }
}

/// The editable kind `kind`.
pub fn editable(kind: ContentKind) -> Option<&'static Editable> {
    crate::editable_kinds().into_iter().find(|e| e.kind == kind)
}

/// An item as its editors see it.
#[derive(Clone, Debug)]
pub struct Editing {
    pub id: i32,
    pub item: Item,
    pub original: Lang,
    pub version: i32,
    pub slug: String,
    /// As stored (what the public sees once it is published).
    pub stored: Snapshot,
    /// The change of a published item waiting for review, if any.
    pub pending: Option<Snapshot>,
}

impl Editing {
    /// What the editor's form starts from: the pending change, else the stored item.
    pub fn working(&self) -> &Snapshot {
        self.pending.as_ref().unwrap_or(&self.stored)
    }

    /// What the moderator reviews: the pending change against the published item, or the
    /// whole item (against nothing) when it was never published.
    pub fn changes(&self) -> Vec<FieldChange> {
        match &self.pending {
            Some(pending) => diff(&self.stored, pending),
            None => diff(&Snapshot::default(), &self.stored),
        }
    }
}

/// Reads item `kind`/`id` for editing (`NotFound` for kinds without editing, or no item).
pub async fn open(db: &DatabaseConnection, kind: ContentKind, id: i32) -> Result<Editing, AppError> {
    let editable = editable(kind).ok_or(AppError::NotFound)?;
    let txn = db.begin().await?;
    let found = item(&txn, kind, id).await?.ok_or(AppError::NotFound)?;
    let (stored, original) = (editable.read)(&txn, id).await?.ok_or(AppError::NotFound)?;
    let version = super::write::version(&txn, kind, id).await?;
    let slug = super::write::slug(&txn, kind, id).await?;
    let pending = match revisions::pending(&txn, kind, id).await? {
        Some(row) => serde_json::from_str(&row.data).ok(),
        None => None,
    };
    txn.commit().await?;
    Ok(Editing {
        id,
        item: found,
        original,
        version,
        slug,
        stored,
        pending,
    })
}

/// What a save did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The item (a draft or a rejected item) was changed in place.
    InPlace,
    /// The item is published: the change waits for review as its revision.
    Proposed,
}

/// Saves a change to item `kind`/`id`, made by `change` on what the editor opened at `version`:
/// in place for a draft or a rejected item, as its revision for a published one (the
/// published text stays live); `Conflict` while it waits for review, when archived, or when
/// someone saved since `version`. One transaction; the audit record names what changed.
pub async fn save(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    version: i32,
    change: impl FnOnce(&mut Snapshot, Lang),
) -> Result<Saved, AppError> {
    let editable = editable(kind).ok_or(AppError::NotFound)?;
    let found = item(db, kind, id).await?.ok_or(AppError::NotFound)?;
    let saved = match found.status {
        ContentStatus::Draft | ContentStatus::Rejected => Saved::InPlace,
        ContentStatus::Published => Saved::Proposed,
        ContentStatus::InReview | ContentStatus::Archived => return Err(AppError::Conflict),
    };
    let mut write = Write::begin(db, Some(viewer), Action::Edit, found, Some(id)).await?;
    write.expect_version(version).await?;
    let (stored, original) = (editable.read)(write.txn(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let base = match (saved, revisions::pending(write.txn(), kind, id).await?) {
        (Saved::Proposed, Some(row)) => serde_json::from_str(&row.data).unwrap_or(stored.clone()),
        _ => stored.clone(),
    };
    let mut after = base.clone();
    change(&mut after, original);
    let changes = diff(&base, &after);
    match saved {
        Saved::InPlace => {
            (editable.apply)(write.txn(), id, &after).await?;
            mark_saved(write.txn(), kind, id, &changed_langs(&changes)).await?;
        }
        Saved::Proposed => {
            let data = serde_json::to_value(&after).map_err(AppError::internal)?;
            revisions::propose(write.txn(), kind, id, Some(viewer.id), &data).await?;
        }
    }
    write.changes(changes.iter().map(FieldChange::code).collect());
    write.commit().await?;
    Ok(saved)
}

/// Proposes, for `viewer` (any signed-in reader), the text of published item `kind`/`id` in
/// `to` (not its original language), made by `text`: it joins the item's change waiting for
/// review (or becomes it), the published text stays live, and the audit log credits the reader.
pub async fn propose_translation(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    to: Lang,
    text: impl Fn(&str) -> String,
) -> Result<(), AppError> {
    let editable = editable(kind).ok_or(AppError::NotFound)?;
    let found = item(db, kind, id).await?.ok_or(AppError::NotFound)?;
    let mut write = Write::begin(db, Some(viewer), Action::Translate, found, Some(id)).await?;
    let (stored, original) = (editable.read)(write.txn(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if to == original {
        return Err(AppError::NotFound);
    }
    let base = match revisions::pending(write.txn(), kind, id).await? {
        Some(row) => serde_json::from_str(&row.data).unwrap_or(stored),
        None => stored,
    };
    let mut after = base.clone();
    let fields = editable.text_fields(&base);
    let texts = after.texts.entry(to).or_default();
    for (name, _) in fields {
        let value = text(&name).trim().to_string();
        texts.insert(name, value);
    }
    let changes = diff(&base, &after);
    let data = serde_json::to_value(&after).map_err(AppError::internal)?;
    revisions::propose(write.txn(), kind, id, Some(viewer.id), &data).await?;
    write.changes(changes.iter().map(FieldChange::code).collect());
    write.commit().await?;
    Ok(())
}

/// Approves or rejects the revision of published item `kind`/`id`, left open so the caller can
/// add what belongs to the decision (the e-mail to the editors) before committing. Approving
/// applies it (the listeners see the change: search, feeds); `Conflict` when no revision waits
/// (another moderator decided it).
pub async fn decide_revision(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    approve: bool,
    comment: Option<String>,
) -> Result<Write, AppError> {
    let editable = editable(kind).ok_or(AppError::NotFound)?;
    let found = item(db, kind, id).await?.ok_or(AppError::NotFound)?;
    let pending = revisions::pending(db, kind, id)
        .await?
        .ok_or(AppError::Conflict)?;
    // What is judged is the revision, which is in review.
    let judged = Item {
        status: ContentStatus::InReview,
        ..found
    };
    let action = if approve { Action::Approve } else { Action::Reject };
    let mut write = Write::begin(db, Some(viewer), action, judged, Some(id)).await?;
    // The item stays published: not a first publication (alerts, "new" offers).
    write.before(found.status);
    write.now(found.status);
    let data = revisions::decide(write.txn(), pending.id, Some(viewer.id), approve, comment.clone())
        .await?
        .ok_or(AppError::Conflict)?;
    if approve {
        let proposed: Snapshot = serde_json::from_value(data).map_err(AppError::internal)?;
        let (stored, _) = (editable.read)(write.txn(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let changes = diff(&stored, &proposed);
        (editable.apply)(write.txn(), id, &proposed).await?;
        mark_saved(write.txn(), kind, id, &changed_langs(&changes)).await?;
        super::write::raise_version(write.txn(), kind, id).await?;
        write.changes(changes.iter().map(FieldChange::code).collect());
    }
    if let Some(comment) = comment {
        write.detail(comment);
    }
    Ok(write)
}

fn changed_langs(changes: &[FieldChange]) -> Vec<Lang> {
    let mut langs: Vec<Lang> = changes.iter().filter_map(|c| c.lang).collect();
    langs.sort();
    langs.dedup();
    langs
}
