//! Writing a webinar from the partner space: a new draft (its row, then its fields and texts
//! through `webinars::editing`), the form of an existing one with its boxes ticked, and the
//! check that needs the stored webinar (seats already taken); saves and submissions go through
//! `item_http`.

use super::editing::{item_editor, new_item};
use super::model::ItemEditor;
use super::webinar_form::WebinarForm;
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::content::edit;
use crate::content::snapshot::{split, Snapshot};
use crate::content::write::{free_slug, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{organisation, webinar};
use crate::error::AppError;
use crate::web::flash::Message;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

/// The form for a new webinar of `org`: in a fortnight at 18:00 in the zone of the
/// organisation's language, an hour long, spoken in that language.
pub fn new_webinar(org: &organisation::Model) -> ItemEditor {
    let day = (Utc::now() + Duration::days(14)).format("%Y-%m-%d").to_string();
    let zone = crate::accounts::time_zone::default_for(org.original_lang);
    new_item(
        ContentKind::Webinar,
        org,
        &[
            ("starts_on", day.as_str()),
            ("starts_time", "18:00"),
            ("time_zone", zone),
            ("duration_minutes", "60"),
            ("spoken_lang", org.original_lang.code()),
        ],
    )
}

/// The form of webinar `id` (see `editing::item_editor`), with its boxes ticked and the start
/// it was opened with.
pub async fn webinar_editor(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
) -> Result<ItemEditor, AppError> {
    let mut editor = item_editor(db, viewer, ContentKind::Webinar, id).await?;
    let value = |name: &str| editor.values.get(name).cloned().unwrap_or_default();
    let mut ticks: Vec<String> = split(&value("competences"))
        .into_iter()
        .map(|code| format!("competence_{code}"))
        .collect();
    ticks.extend(
        split(&value("job_profiles"))
            .into_iter()
            .map(|slug| format!("job_{slug}")),
    );
    let was = format!(
        "{} {} {}",
        value("starts_on"),
        value("starts_time"),
        value("time_zone")
    );
    for tick in ticks {
        editor.values.insert(tick, "on".into());
    }
    editor.values.insert("was_start".into(), was);
    Ok(editor)
}

/// Creates a draft webinar of `org`; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    viewer: &Viewer,
    org: &organisation::Model,
    form: &WebinarForm,
) -> Result<i32, AppError> {
    let new = Item {
        kind: ContentKind::Webinar,
        owner: Owner::Organisation(org.id),
        status: ContentStatus::Draft,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, new, None).await?;
    let slug = free_slug(write.txn(), ContentKind::Webinar, &form.title).await?;
    let lang = form.original_lang();
    let now = Utc::now();
    let row = webinar::ActiveModel {
        slug: Set(slug),
        organisation_id: Set(Some(org.id)),
        starts_at: Set(now),
        duration_minutes: Set(60),
        lang: Set(lang),
        capacity: Set(None),
        original_lang: Set(lang),
        status: Set(ContentStatus::Draft),
        version: Set(1),
        time_zone: Set(crate::accounts::time_zone::default_for(lang).into()),
        registration_open: Set(true),
        seats_taken: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(write.txn())
    .await?;
    let mut snapshot = Snapshot::default();
    use super::item_http::ItemForm;
    form.fill(&mut snapshot, lang);
    (crate::webinars::editing::EDITABLE.apply)(write.txn(), row.id, &snapshot).await?;
    edit::mark_saved(write.txn(), ContentKind::Webinar, row.id, &[lang]).await?;
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

/// What the stored webinar `id` refuses in `form`: fewer seats than people holding one.
pub async fn check(
    db: &DatabaseConnection,
    id: i32,
    form: &WebinarForm,
) -> Result<Vec<(&'static str, Message)>, AppError> {
    let Some(row) = webinar::Entity::find_by_id(id).one(db).await? else {
        return Ok(Vec::new());
    };
    let mut problems = Vec::new();
    if let Ok(capacity) = form.capacity.trim().parse::<i32>() {
        if capacity < row.seats_taken {
            problems.push((
                "capacity",
                Message::new("webinars-error-capacity-taken").with("count", i64::from(row.seats_taken)),
            ));
        }
    }
    Ok(problems)
}
