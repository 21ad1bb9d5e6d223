//! Proposing a job profile from the partner space: a new profile goes to the moderators at
//! once (created and submitted by the editor, both logged); a change to a published one is a
//! revision through `item_http` like any other kind's.

use super::item_http::ItemForm;
use super::job_form::JobProfileForm;
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::content::edit;
use crate::content::snapshot::{diff, Snapshot};
use crate::content::write::{change_status, free_slug, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::job_profile;
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// Creates job profile `form` for the platform and sends it for review; returns its id.
pub async fn propose_new(
    db: &DatabaseConnection,
    viewer: &Viewer,
    form: &JobProfileForm,
) -> Result<i32, AppError> {
    let new = Item {
        kind: ContentKind::JobProfile,
        owner: Owner::Platform,
        status: ContentStatus::Draft,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, new, None).await?;
    let slug = free_slug(write.txn(), ContentKind::JobProfile, &form.title).await?;
    let lang = form.original_lang();
    let row = job_profile::ActiveModel {
        slug: Set(slug),
        original_lang: Set(lang),
        esco_uri: Set(None),
        employer_kinds: Set(form.employer_kinds()),
        status: Set(ContentStatus::Draft),
        version: Set(1),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    let mut snapshot = Snapshot::default();
    form.fill(&mut snapshot, lang);
    (crate::jobs::editing::EDITABLE.apply)(write.txn(), row.id, &snapshot).await?;
    edit::mark_saved(write.txn(), ContentKind::JobProfile, row.id, &[lang]).await?;
    write.created(row.id);
    write.changes(
        diff(&Snapshot::default(), &snapshot)
            .iter()
            .map(|c| c.code())
            .collect(),
    );
    write.commit().await?;
    change_status(
        db,
        Some(viewer),
        ContentKind::JobProfile,
        row.id,
        Action::Submit,
        None,
    )
    .await?;
    Ok(row.id)
}
