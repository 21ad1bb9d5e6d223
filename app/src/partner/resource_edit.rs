//! Writing a resource from the partner space, through the content core: a new draft (its row,
//! then its fields and texts through `resources::editing`), saves (in place, or a change for
//! review once published), its file, and submitting it — which needs a file or a link.

use super::editing::{item_editor, new_item};
use super::model::ItemEditor;
use super::resource_form::{Lists, ResourceForm};
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::content::edit::{self, Saved};
use crate::content::snapshot::Snapshot;
use crate::content::write::{change_status, free_slug, item, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{organisation, resource, resource_file};
use crate::error::AppError;
use crate::resources::codes::{Licence, ResourceKind};
use crate::resources::files::{self, Refusal};
use crate::resources::model::FileFacts;
use crate::state::AppState;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set,
};

/// The form for a new resource of `org` (CC BY-SA, for learners, in the organisation's language).
pub fn new_resource(org: &organisation::Model) -> ItemEditor {
    let lang = format!("lang_{}", org.original_lang.code());
    let mut editor = new_item(
        ContentKind::Resource,
        org,
        &[
            ("kind", ResourceKind::Guide.code()),
            ("licence", Licence::DEFAULT.code()),
            ("audience_learner", "on"),
        ],
    );
    editor.values.insert(lang, "on".into());
    editor
}

/// The form of resource `id` (see `editing::item_editor`), with its file and its ticked boxes.
pub async fn resource_editor(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
) -> Result<ItemEditor, AppError> {
    let mut editor = item_editor(db, viewer, ContentKind::Resource, id).await?;
    let ticks: Vec<String> = [
        ("languages", "lang"),
        ("audiences", "audience"),
        ("competences", "competence"),
    ]
    .iter()
    .flat_map(|(field, prefix)| {
        let value = editor.values.get(*field).cloned().unwrap_or_default();
        crate::content::snapshot::split(&value)
            .into_iter()
            .map(|code| format!("{prefix}_{code}"))
            .collect::<Vec<_>>()
    })
    .collect();
    for tick in ticks {
        editor.values.insert(tick, "on".into());
    }
    editor.file = file_of(db, id).await?;
    Ok(editor)
}

async fn file_of(db: &DatabaseConnection, id: i32) -> Result<Option<FileFacts>, AppError> {
    Ok(resource_file::Entity::find()
        .select_only()
        .columns([
            resource_file::Column::FileName,
            resource_file::Column::MediaType,
            resource_file::Column::SizeBytes,
        ])
        .filter(resource_file::Column::ResourceId.eq(id))
        .into_tuple::<(String, String, i64)>()
        .one(db)
        .await?
        .map(|(file_name, media_type, size_bytes)| FileFacts {
            file_name,
            format: files::format_name(&media_type).to_string(),
            media_type,
            size_bytes,
        }))
}

/// Writes the form into `snapshot` (the texts in the original language `original`).
fn fill(snapshot: &mut Snapshot, form: &ResourceForm, lists: &Lists, original: crate::i18n::Lang) {
    for (name, value) in form.fields(lists) {
        snapshot.fields.insert(name.into(), value);
    }
    let text = snapshot.texts.entry(original).or_default();
    for (name, value) in form.texts() {
        text.insert(name.into(), value);
    }
}

/// Creates a draft resource of `org`; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    viewer: &Viewer,
    org: &organisation::Model,
    form: &ResourceForm,
    lists: &Lists,
) -> Result<i32, AppError> {
    let new = Item {
        kind: ContentKind::Resource,
        owner: Owner::Organisation(org.id),
        status: ContentStatus::Draft,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, new, None).await?;
    let slug = free_slug(write.txn(), ContentKind::Resource, &form.title).await?;
    let lang = form.original_lang();
    let now = Utc::now();
    let row = resource::ActiveModel {
        slug: Set(slug),
        kind: Set(ResourceKind::parse(&form.kind).unwrap_or(ResourceKind::Guide)),
        organisation_id: Set(Some(org.id)),
        licence: Set(Licence::parse(&form.licence).unwrap_or(Licence::DEFAULT)),
        original_lang: Set(lang),
        status: Set(ContentStatus::Draft),
        version: Set(1),
        external_url: Set(None),
        published_at: Set(now),
        created_by: Set(Some(viewer.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    let mut snapshot = Snapshot::default();
    fill(&mut snapshot, form, lists, lang);
    (crate::resources::editing::EDITABLE.apply)(write.txn(), row.id, &snapshot).await?;
    edit::mark_saved(write.txn(), ContentKind::Resource, row.id, &[lang]).await?;
    write.created(row.id);
    write.changes(
        form.texts()
            .iter()
            .map(|(name, _)| format!("{name}:{}", lang.code()))
            .collect(),
    );
    write.commit().await?;
    Ok(row.id)
}

/// Saves resource `id` from a checked form opened at `form.version`.
pub async fn save(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
    form: &ResourceForm,
    lists: &Lists,
) -> Result<Saved, AppError> {
    edit::save(
        db,
        viewer,
        ContentKind::Resource,
        id,
        form.version.unwrap_or(-1),
        |snapshot, original| fill(snapshot, form, lists, original),
    )
    .await
}

/// Sends resource `id` to the moderators (or, with `publish`, publishes it: administrators
/// only): `Ok(false)` when it has neither a file nor a link.
pub async fn submit(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
    publish: bool,
) -> Result<bool, AppError> {
    let row = resource::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.external_url.is_none() && file_of(db, id).await?.is_none() {
        return Ok(false);
    }
    let action = if publish { Action::Publish } else { Action::Submit };
    change_status(db, Some(viewer), ContentKind::Resource, id, action, None).await?;
    Ok(true)
}

/// Keeps `bytes` as the file of resource `id` (a draft or a rejected resource the viewer may
/// edit, opened at `version`): the content is checked; the write is logged as an edit.
pub async fn upload(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    version: i32,
    name: &str,
    bytes: &[u8],
) -> Result<Result<(), Refusal>, AppError> {
    let found = item(&state.db, ContentKind::Resource, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !matches!(found.status, ContentStatus::Draft | ContentStatus::Rejected) {
        return Err(AppError::Conflict);
    }
    if let Err(refusal) = files::check(bytes) {
        return Ok(Err(refusal));
    }
    let mut write = Write::begin(&state.db, Some(viewer), Action::Edit, found, Some(id)).await?;
    write.expect_version(version).await?;
    let stored = files::store(
        write.txn(),
        state.files_dir.as_deref(),
        id,
        Some(viewer.id),
        name,
        bytes,
    )
    .await?;
    if stored.is_err() {
        return Ok(stored);
    }
    write.changes(vec!["file".into()]);
    write.commit().await?;
    Ok(Ok(()))
}
