//! What every item form of the partner space shares: the organisation the editor acts for,
//! the form of a new item, and the form of an existing one (its pending change when one waits
//! for review, its translations' states, its history), read through `content::edit`.

use super::model::ItemEditor;
use crate::auth::model::Viewer;
use crate::auth::permissions::{can, Action};
use crate::content::edit::{self, editable};
use crate::content::{ContentKind, ContentStatus};
use crate::entities::organisation;
use crate::error::AppError;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};
use std::collections::BTreeMap;

/// The organisation `slug` if the viewer acts for it (administrators: any), else their first.
pub async fn acting_org(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    slug: Option<&str>,
) -> Result<organisation::Model, AppError> {
    let mine = super::service::organisations_of(db, viewer).await?;
    let chosen = slug.and_then(|s| mine.iter().find(|o| o.slug == s));
    chosen.or(mine.first()).cloned().ok_or(AppError::Forbidden)
}

/// Refuses a form about item `kind`/`id` before reading it when the viewer may not change
/// that item (not found; `Forbidden` for another organisation's), so nobody learns anything
/// from a form's messages about an item they may not touch.
pub async fn may_write(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
) -> Result<(), AppError> {
    let found = crate::content::write::item(db, kind, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if may_open(viewer, &found) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Whether the viewer may open the form of `item`: its drafts are theirs to read, or it is
/// published and theirs to change (any editor proposes a change to a job profile).
pub fn may_open(viewer: &Viewer, item: &crate::auth::permissions::Item) -> bool {
    can(Some(viewer), Action::ReadDraft, item)
        || (item.status == ContentStatus::Published && can(Some(viewer), Action::Edit, item))
}

/// The form of a new item of `kind` for `org`, starting with `values`.
pub fn new_item(kind: ContentKind, org: &organisation::Model, values: &[(&str, &str)]) -> ItemEditor {
    let mut values: BTreeMap<String, String> = values
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    values.insert("original_lang".into(), org.original_lang.code().into());
    ItemEditor {
        kind,
        org: (org.slug.clone(), org.name.clone()),
        id: None,
        status: None,
        version: 0,
        values,
        editable: true,
        pending: false,
        translations: Vec::new(),
        slug: None,
        history: Vec::new(),
        file: None,
        can_publish: false,
        picture: None,
    }
}

/// The form of item `kind`/`id`, for a viewer who may see it unpublished (others: not found,
/// so nobody learns that another organisation's draft exists): its pending change when one
/// waits for review, else the item as stored; the texts in its original language.
pub async fn item_editor(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
) -> Result<ItemEditor, AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    let editing = edit::open(db, kind, id).await?;
    if !may_open(viewer, &editing.item) {
        return Err(AppError::NotFound);
    }
    let org = match editing.item.owner.organisation_id() {
        Some(org) => organisation::Entity::find_by_id(org)
            .one(db)
            .await?
            .map(|o| (o.slug, o.name))
            .unwrap_or_default(),
        None => Default::default(),
    };
    let working = editing.working();
    let mut values: BTreeMap<String, String> = working.fields.clone();
    for text in spec.texts {
        values.insert(text.name.into(), working.text(editing.original, text.name));
    }
    values.insert("original_lang".into(), editing.original.code().into());
    let status = editing.item.status;
    let editable = matches!(
        status,
        ContentStatus::Draft | ContentStatus::Rejected | ContentStatus::Published
    ) && can(Some(viewer), Action::Edit, &editing.item);
    Ok(ItemEditor {
        kind,
        org,
        id: Some(id),
        status: Some(status),
        version: editing.version,
        values,
        editable,
        pending: editing.pending.is_some(),
        translations: edit::translation_states(db, kind, id, editing.original, working).await?,
        slug: Some(editing.slug.clone()),
        history: crate::content::history::entries(db, kind, id).await?,
        file: None,
        picture: crate::pictures::store::current(db, kind, id).await?,
        can_publish: can(Some(viewer), Action::Publish, &editing.item)
            && matches!(
                status,
                ContentStatus::Draft | ContentStatus::Rejected | ContentStatus::InReview
            ),
    })
}
