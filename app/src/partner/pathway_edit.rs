//! Writing a pathway from the partner space: a new draft, the data of its form (with the outline
//! of its steps) and of one step's form, read through `content::edit` (a published pathway's
//! pending change when one waits for review).

use super::editing::{item_editor, new_item};
use super::model::ItemEditor;
use super::pathway_form::PathwayForm;
use super::pathway_model::{StepFormData, StepRow};
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::content::edit;
use crate::content::snapshot::Snapshot;
use crate::content::write::{free_slug, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{organisation, pathway};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pathways::outline::{Outline, StepDraft};
use crate::pathways::step_checks::step_problems;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use std::collections::BTreeMap;

/// The form for a new pathway of `org`.
pub fn new_pathway(org: &organisation::Model) -> ItemEditor {
    new_item(ContentKind::Pathway, org, &[])
}

/// Creates a draft pathway of `org` (no steps yet); returns its id.
pub async fn create(
    db: &DatabaseConnection,
    viewer: &Viewer,
    org: &organisation::Model,
    form: &PathwayForm,
) -> Result<i32, AppError> {
    use super::item_http::ItemForm;
    let new = Item {
        kind: ContentKind::Pathway,
        owner: Owner::Organisation(org.id),
        status: ContentStatus::Draft,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, new, None).await?;
    let slug = free_slug(write.txn(), ContentKind::Pathway, &form.title).await?;
    let lang = form.original_lang();
    let row = pathway::ActiveModel {
        slug: Set(slug),
        organisation_id: Set(Some(org.id)),
        job_profile_id: Set(None),
        original_lang: Set(lang),
        status: Set(ContentStatus::Draft),
        version: Set(1),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    let mut snapshot = Snapshot::default();
    form.fill(&mut snapshot, lang);
    let changes = crate::content::snapshot::diff(&Snapshot::default(), &snapshot);
    (crate::pathways::editing::EDITABLE.apply)(write.txn(), row.id, &snapshot).await?;
    edit::mark_saved(write.txn(), ContentKind::Pathway, row.id, &[lang]).await?;
    write.created(row.id);
    write.changes(changes.iter().map(|c| c.code()).collect());
    write.commit().await?;
    Ok(row.id)
}

/// Whether `step`, written in `lang`, is ready for review.
pub fn ready(step: &StepDraft, lang: Lang) -> bool {
    step_problems(step, lang, &|_| false).is_empty()
}

/// The numbers of the steps of `snapshot` that are not ready (none: it may go to review).
pub fn unready_steps(snapshot: &Snapshot, lang: Lang) -> Vec<usize> {
    Outline::of(snapshot)
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| !ready(s, lang))
        .map(|(i, _)| i + 1)
        .collect()
}

fn text(step: &StepDraft, lang: Lang, name: &str) -> String {
    step.texts
        .get(&lang)
        .and_then(|t| t.get(name))
        .cloned()
        .unwrap_or_default()
}

/// Pathway `id`'s form with its outline, for a viewer who may see it unpublished.
pub async fn pathway_form(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
) -> Result<(ItemEditor, Vec<StepRow>), AppError> {
    let mut editor = item_editor(db, viewer, ContentKind::Pathway, id).await?;
    editor.values.retain(|k, _| !k.starts_with("step."));
    let editing = edit::open(db, ContentKind::Pathway, id).await?;
    let original = editing.original;
    let rows = Outline::of(editing.working())
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| StepRow {
            n: i as u32 + 1,
            title: text(step, original, "title"),
            kind: step.kind,
            minutes: step.minutes,
            required: step.required,
            ready: ready(step, original),
        })
        .collect();
    Ok((editor, rows))
}

/// The values of step `step`'s form, named as the form names them.
pub fn step_values(step: &StepDraft, lang: Lang) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    values.insert("kind".into(), step.kind.code().into());
    values.insert("minutes".into(), step.minutes.to_string());
    values.insert("required".into(), if step.required { "yes" } else { "no" }.into());
    values.insert("url".into(), step.url.clone());
    values.insert("webinar".into(), step.webinar.clone());
    values.insert(
        "pass_mark".into(),
        step.pass_mark.map(|p| p.to_string()).unwrap_or_default(),
    );
    if let Some(texts) = step.texts.get(&lang) {
        values.extend(texts.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    for (j, question) in step.questions.iter().enumerate() {
        let q = format!("question.{:02}", j + 1);
        if let Some(texts) = question.texts.get(&lang) {
            values.extend(texts.iter().map(|(k, v)| (format!("{q}.{k}"), v.clone())));
        }
        if let Some(c) = question.correct {
            values.insert(format!("{q}.correct"), format!("{:02}", c + 1));
        }
        for (k, choice) in question.choices.iter().enumerate() {
            for name in ["label", "feedback"] {
                let text = choice
                    .texts
                    .get(&lang)
                    .and_then(|t| t.get(name))
                    .cloned()
                    .unwrap_or_default();
                values.insert(format!("{q}.choice.{:02}.{name}", k + 1), text);
            }
        }
    }
    values
}

/// Step `n` of pathway `id`'s form (no such step: not found).
pub async fn step_form(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
    n: u32,
) -> Result<StepFormData, AppError> {
    let mut editor = item_editor(db, viewer, ContentKind::Pathway, id).await?;
    editor.values.retain(|k, _| !k.starts_with("step."));
    let editing = edit::open(db, ContentKind::Pathway, id).await?;
    let outline = Outline::of(editing.working());
    let step = outline
        .steps
        .get((n as usize).wrapping_sub(1))
        .ok_or(AppError::NotFound)?;
    let original = editing.original;
    Ok(StepFormData {
        pathway_title: editor.values.get("title").cloned().unwrap_or_default(),
        n,
        total: outline.steps.len() as u32,
        values: step_values(step, original),
        choices: step.questions.iter().map(|q| q.choices.len() as u32).collect(),
        webinars: crate::webinars::names::choices(db, original).await?,
        editor,
    })
}
