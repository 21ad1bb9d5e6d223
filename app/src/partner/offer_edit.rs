//! Writing an offer from the partner space, through the content core's write path: a new
//! draft, a saved draft or a change of a published offer for review (refused when someone
//! saved since the form was opened), and submitting it for review.

use super::editing::new_item;
use super::model::ItemEditor;
use super::offer_form::OfferForm;
use crate::auth::model::Viewer;
use crate::auth::permissions::{Action, Item};
use crate::content::edit::{self, Saved};
use crate::content::write::{change_status, free_slug, Write};
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{offer, offer_translation, organisation};
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// The form for a new offer of `org`.
pub fn new_offer(org: &organisation::Model) -> ItemEditor {
    new_item(
        ContentKind::Offer,
        org,
        &[
            ("kind", "job"),
            ("work_mode", "on_site"),
            ("country", org.country.as_str()),
        ],
    )
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
    let slug = free_slug(write.txn(), ContentKind::Offer, &form.title).await?;
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
    edit::mark_saved(write.txn(), ContentKind::Offer, row.id, &[lang]).await?;
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

/// Saves offer `id` from a checked form opened at `form.version` (`content::edit::save`: in
/// place for a draft or a rejected offer, as a change for review when it is published).
pub async fn save(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
    form: &OfferForm,
) -> Result<Saved, AppError> {
    edit::save(
        db,
        viewer,
        ContentKind::Offer,
        id,
        form.version.unwrap_or(-1),
        |snapshot, original| {
            for (name, value) in form.fields() {
                snapshot.fields.insert(name.into(), value);
            }
            let text = snapshot.texts.entry(original).or_default();
            for (name, value) in form.texts() {
                text.insert(name.into(), value);
            }
        },
    )
    .await
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
        salary_min: Set(OfferForm::whole(&form.salary_min)),
        salary_max: Set(OfferForm::whole(&form.salary_max)),
        salary_period: Set(crate::offers::codes::PayPeriod::parse(form.salary_period.trim())),
        salary_currency: Set(form.currency()),
        hours_per_week: Set(OfferForm::whole(&form.hours_per_week)),
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
