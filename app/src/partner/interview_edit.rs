//! Writing an interview from the partner space: a new draft (its row, then its fields and texts
//! through `interviews::editing`); saves and submissions go through `item_http`.

use super::editing::new_item;
use super::interview_form::InterviewForm;
use super::item_http::ItemForm;
use super::model::ItemEditor;
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::content::edit;
use crate::content::snapshot::Snapshot;
use crate::content::write::{free_slug, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{interview, organisation};
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// The form for a new interview of `org`.
pub fn new_interview(org: &organisation::Model) -> ItemEditor {
    new_item(ContentKind::Interview, org, &[("country", org.country.as_str())])
}

/// Creates a draft interview of `org`; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    viewer: &Viewer,
    org: &organisation::Model,
    form: &InterviewForm,
) -> Result<i32, AppError> {
    let new = Item {
        kind: ContentKind::Interview,
        owner: Owner::Organisation(org.id),
        status: ContentStatus::Draft,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, new, None).await?;
    let slug = free_slug(
        write.txn(),
        ContentKind::Interview,
        &format!("{} {}", form.person_name, form.role),
    )
    .await?;
    let lang = form.original_lang();
    let now = Utc::now();
    let row = interview::ActiveModel {
        slug: Set(slug),
        person_name: Set(form.person_name.trim().to_string()),
        organisation_id: Set(Some(org.id)),
        job_profile_id: Set(None),
        country: Set(form.country.clone()),
        original_lang: Set(lang),
        status: Set(ContentStatus::Draft),
        version: Set(1),
        published_on: Set(now.date_naive()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    let mut snapshot = Snapshot::default();
    form.fill(&mut snapshot, lang);
    (crate::interviews::editing::EDITABLE.apply)(write.txn(), row.id, &snapshot).await?;
    edit::mark_saved(write.txn(), ContentKind::Interview, row.id, &[lang]).await?;
    write.created(row.id);
    write.changes(
        ["title", "role", "quote", "body_md"]
            .iter()
            .map(|name| format!("{name}:{}", lang.code()))
            .collect(),
    );
    write.commit().await?;
    Ok(row.id)
}
