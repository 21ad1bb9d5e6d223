//! Writing an offer from the partner space, through the content core's write path: a new
//! draft, a saved draft (refused when someone saved since the form was opened), and
//! submitting it for review.

use super::model::OfferEditor;
use super::offer_form::OfferForm;
use crate::auth::model::Viewer;
use crate::auth::permissions::{can, Action, Item};
use crate::content::write::{change_status, item, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{offer, offer_translation, organisation};
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
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

/// The form for a new offer of `org`.
pub fn new_offer(org: &organisation::Model) -> OfferEditor {
    let values = [
        ("kind", "job"),
        ("work_mode", "on_site"),
        ("country", org.country.as_str()),
        ("original_lang", org.original_lang.code()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    OfferEditor {
        org: (org.slug.clone(), org.name.clone()),
        id: None,
        status: None,
        version: 0,
        values,
        editable: true,
        slug: None,
        history: Vec::new(),
    }
}

/// The form of offer `id`, for a viewer who may see it unpublished (others: not found, so
/// nobody learns that another organisation's draft exists).
pub async fn offer_editor(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
) -> Result<OfferEditor, AppError> {
    let (row, found) = crate::offers::detail::readable(db, viewer, id).await?;
    let org = organisation::Entity::find_by_id(row.organisation_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let text = offer_translation::Entity::find()
        .filter(offer_translation::Column::OfferId.eq(id))
        .filter(offer_translation::Column::Lang.eq(row.original_lang.code()))
        .one(db)
        .await?;
    let mut values = BTreeMap::new();
    let mut put = |k: &str, v: Option<String>| {
        values.insert(k.to_string(), v.unwrap_or_default());
    };
    put("title", text.as_ref().map(|t| t.title.clone()));
    put("description_md", text.as_ref().map(|t| t.description_md.clone()));
    put("how_to_apply", text.as_ref().and_then(|t| t.how_to_apply.clone()));
    put("kind", Some(row.kind.code().into()));
    put("work_mode", Some(row.work_mode.code().into()));
    put("contract", row.contract.clone());
    put("country", row.country.clone());
    put("city", row.city.clone());
    put("valid_until", row.valid_until.map(|d| d.to_string()));
    put("starts_on", row.starts_on.map(|d| d.to_string()));
    put("apply_url", row.apply_url.clone());
    put("apply_email", row.apply_email.clone());
    put("original_lang", Some(row.original_lang.code().into()));
    let editable = matches!(row.status, ContentStatus::Draft | ContentStatus::Rejected)
        && can(Some(viewer), Action::Edit, &found);
    Ok(OfferEditor {
        org: (org.slug, org.name),
        id: Some(id),
        status: Some(row.status),
        version: row.version,
        values,
        editable,
        slug: Some(row.slug),
        history: crate::content::history::entries(db, ContentKind::Offer, id).await?,
    })
}

/// A slug from `title` that no offer has yet (`animatrice-numerique`, `…-2`).
async fn free_slug(db: &impl ConnectionTrait, title: &str) -> Result<String, AppError> {
    let base: String = deunicode::deunicode(title)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(80)
        .collect();
    let base = if base.is_empty() {
        "offer".to_string()
    } else {
        base
    };
    for n in 1..100 {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        if offer::Entity::find()
            .filter(offer::Column::Slug.eq(&slug))
            .count(db)
            .await?
            == 0
        {
            return Ok(slug);
        }
    }
    Ok(format!("{base}-{}", Utc::now().timestamp()))
}

/// Creates a draft offer of `org` from a checked form; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    viewer: &Viewer,
    org: &organisation::Model,
    form: &OfferForm,
) -> Result<i32, AppError> {
    let new = Item {
        kind: ContentKind::Offer,
        owner: Owner::Organisation(org.id),
        status: ContentStatus::Draft,
    };
    let mut write = Write::begin(db, Some(viewer), Action::Create, new, None).await?;
    let slug = free_slug(write.txn(), &form.title).await?;
    let lang = form.original_lang();
    let row = offer::ActiveModel {
        slug: Set(slug),
        organisation_id: Set(org.id),
        original_lang: Set(lang),
        status: Set(ContentStatus::Draft),
        posted_at: Set(Utc::now()),
        created_by: Set(Some(viewer.id)),
        job_profile_id: Set(None),
        ..fields(form)
    }
    .insert(write.txn())
    .await?;
    offer_translation::ActiveModel {
        offer_id: Set(row.id),
        lang: Set(lang.code().into()),
        ..text(form)
    }
    .insert(write.txn())
    .await?;
    write.created(row.id);
    write.commit().await?;
    Ok(row.id)
}

/// Saves offer `id` from a checked form opened at `form.version`: `Conflict` when it changed
/// since, `Forbidden` when the viewer may not edit it, and only drafts and rejected offers.
pub async fn save(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
    form: &OfferForm,
) -> Result<(), AppError> {
    let found = item(db, ContentKind::Offer, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !matches!(found.status, ContentStatus::Draft | ContentStatus::Rejected) {
        return Err(AppError::Conflict);
    }
    let mut write = Write::begin(db, Some(viewer), Action::Edit, found, Some(id)).await?;
    write.expect_version(form.version.unwrap_or(-1)).await?;
    let row = offer::Entity::find_by_id(id)
        .one(write.txn())
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = row.original_lang;
    let mut active: offer::ActiveModel = fields(form);
    active.id = Set(id);
    active.update(write.txn()).await?;
    let existing = offer_translation::Entity::find()
        .filter(offer_translation::Column::OfferId.eq(id))
        .filter(offer_translation::Column::Lang.eq(lang.code()))
        .one(write.txn())
        .await?;
    let mut translation = text(form);
    match existing {
        Some(existing) => {
            translation.id = Set(existing.id);
            translation.update(write.txn()).await?;
        }
        None => {
            translation.offer_id = Set(id);
            translation.lang = Set(lang.code().into());
            translation.insert(write.txn()).await?;
        }
    }
    write.commit().await?;
    Ok(())
}

/// Sends offer `id` to the moderators.
pub async fn submit(db: &DatabaseConnection, viewer: &Viewer, id: i32) -> Result<(), AppError> {
    change_status(db, Some(viewer), ContentKind::Offer, id, Action::Submit, None).await?;
    Ok(())
}

/// The language-neutral fields of the form.
fn fields(form: &OfferForm) -> offer::ActiveModel {
    offer::ActiveModel {
        kind: Set(form.kind()),
        work_mode: Set(form.work_mode()),
        contract: Set(OfferForm::optional(&form.contract)),
        country: Set(OfferForm::optional(&form.country)),
        city: Set(OfferForm::optional(&form.city)),
        valid_until: Set(OfferForm::date(&form.valid_until)),
        starts_on: Set(OfferForm::date(&form.starts_on)),
        apply_url: Set(OfferForm::optional(&form.apply_url)),
        apply_email: Set(OfferForm::optional(&form.apply_email)),
        ..Default::default()
    }
}

/// The text of the form, in the offer's original language.
fn text(form: &OfferForm) -> offer_translation::ActiveModel {
    offer_translation::ActiveModel {
        title: Set(form.title.trim().to_string()),
        description_md: Set(form.description_md.trim().to_string()),
        how_to_apply: Set(OfferForm::optional(&form.how_to_apply)),
        ..Default::default()
    }
}
