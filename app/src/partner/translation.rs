//! Writing an item's text in another language beside its original, for every editable kind
//! (`content::edit`): the form's fields come from the kind's text fields; a save goes through
//! `content::edit::save` (in place for a draft, a change for review once published).

use super::model::{TranslationEditor, TranslationField};
use crate::auth::model::Viewer;
use crate::auth::permissions::{can, Action};
use crate::content::edit::{self, editable, Saved};
use crate::content::{ContentKind, ContentStatus};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::DatabaseConnection;

/// The form writing item `kind`/`id` in `to`, for a viewer who may read it unpublished
/// (others, and the original language itself: not found).
pub async fn editor(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    to: Lang,
) -> Result<TranslationEditor, AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    let editing = edit::open(db, kind, id).await?;
    if !super::editing::may_open(viewer, &editing.item) || to == editing.original {
        return Err(AppError::NotFound);
    }
    let working = editing.working();
    let states = edit::translation_states(db, kind, id, editing.original, working).await?;
    let state = states
        .iter()
        .find(|(l, _)| *l == to)
        .map(|(_, s)| *s)
        .ok_or(AppError::NotFound)?;
    let status = editing.item.status;
    let editable = matches!(
        status,
        ContentStatus::Draft | ContentStatus::Rejected | ContentStatus::Published
    ) && can(Some(viewer), Action::Edit, &editing.item);
    Ok(build(spec, &editing, to, state, editable, false))
}

/// The form of a reader proposing the text of published item `kind`/`slug` in `to` (others:
/// not found; the original language has nothing to translate).
pub async fn proposal(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    slug: &str,
    to: Lang,
) -> Result<TranslationEditor, AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    let id = crate::content::write::id_by_slug(db, kind, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let editing = edit::open(db, kind, id).await?;
    if editing.item.status != ContentStatus::Published || to == editing.original {
        return Err(AppError::NotFound);
    }
    let states = edit::translation_states(db, kind, id, editing.original, &editing.stored).await?;
    let state = states
        .iter()
        .find(|(l, _)| *l == to)
        .map(|(_, s)| *s)
        .ok_or(AppError::NotFound)?;
    let editable = can(Some(viewer), Action::Translate, &editing.item);
    Ok(build(spec, &editing, to, state, editable, true))
}

fn build(
    spec: &crate::content::edit::Editable,
    editing: &edit::Editing,
    to: Lang,
    state: crate::content::snapshot::TranslationState,
    editable: bool,
    proposal: bool,
) -> TranslationEditor {
    // A reader sees the published text only, never a change waiting for review.
    let working = if proposal {
        &editing.stored
    } else {
        editing.working()
    };
    let kind = editing.item.kind;
    TranslationEditor {
        kind,
        id: editing.id,
        title: spec.title(working, editing.original),
        original: editing.original,
        to,
        version: editing.version,
        state,
        fields: spec
            .text_fields(working)
            .into_iter()
            .map(|(name, t)| TranslationField {
                markdown: t.markdown,
                required: t.required,
                rows: t.rows,
                original: working.text(editing.original, &name),
                value: working.text(to, &name),
                name,
            })
            // A part with nothing in its original (an optional text left empty): nothing to translate.
            .filter(|f| !f.original.trim().is_empty() || f.required)
            .collect(),
        editable,
        published: editing.item.status == ContentStatus::Published,
        proposal,
        slug: editing.slug.clone(),
    }
}

/// The problems of the texts posted for item `kind`/`id`, by field: (field, Fluent key, most
/// characters allowed).
pub async fn problems(
    db: &DatabaseConnection,
    kind: ContentKind,
    id: i32,
    value: impl Fn(&str) -> String,
) -> Result<Vec<(String, &'static str, Option<usize>)>, AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    let editing = edit::open(db, kind, id).await?;
    Ok(spec
        .text_fields(editing.working())
        .into_iter()
        .filter_map(|(name, t)| t.problem(&value(&name)).map(|(key, max)| (name, key, max)))
        .collect())
}

/// Saves the texts of item `kind`/`id` in `to` (opened at `version`).
pub async fn save(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    to: Lang,
    version: i32,
    value: impl Fn(&str) -> String,
) -> Result<Saved, AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    edit::save(db, viewer, kind, id, version, |snapshot, original| {
        if to != original {
            let fields = spec.text_fields(snapshot);
            let text = snapshot.texts.entry(to).or_default();
            for (name, _) in fields {
                let typed = value(&name).trim().to_string();
                text.insert(name, typed);
            }
        }
    })
    .await
}
