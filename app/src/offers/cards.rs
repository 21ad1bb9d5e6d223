//! Offer cards (in a given order) and the open offers of an organisation or a job profile.

use super::model::OfferCard;
use super::service::open_condition;
use crate::content::text::Texts;
use crate::entities::{offer, offer_translation, organisation};
use crate::error::AppError;
use crate::i18n::Lang;
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Cards for `ids`, in that order (3 queries whatever their number).
pub async fn cards_in_order(
    db: &impl ConnectionTrait,
    lang: Lang,
    ids: &[i32],
) -> Result<Vec<OfferCard>, AppError> {
    let rows: HashMap<i32, offer::Model> = offer::Entity::find()
        .filter(offer::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let texts = Texts::<offer_translation::Model>::load(db, ids).await?;
    let org_ids: Vec<i32> = rows.values().map(|r| r.organisation_id).collect();
    let orgs: HashMap<i32, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(ids
        .iter()
        .filter_map(|id| rows.get(id))
        .map(|row| card(lang, row, &texts, orgs.get(&row.organisation_id)))
        .collect())
}

/// The card of one offer, its title in the reader's language when it has one.
pub fn card(
    lang: Lang,
    row: &offer::Model,
    texts: &Texts<offer_translation::Model>,
    org: Option<&organisation::Model>,
) -> OfferCard {
    let original = row.original_lang;
    let (title, shown) = texts
        .pick(row.id, original, lang)
        .map(|(text, shown)| (text.title.clone(), shown))
        .unwrap_or((row.slug.clone(), original));
    OfferCard {
        slug: row.slug.clone(),
        title,
        lang: shown,
        kind: row.kind,
        work_mode: row.work_mode,
        city: row.city.clone(),
        country: row.country.clone(),
        organisation: org.map(|o| o.name.clone()).unwrap_or_default(),
        organisation_slug: org.map(|o| o.slug.clone()).unwrap_or_default(),
        logo: org.map(crate::ui::picture::Logo::of).unwrap_or_default(),
        posted_on: row.posted_at.date_naive().to_string(),
        valid_until: row.valid_until.map(|d: NaiveDate| d.to_string()),
        contract: row.contract.clone(),
        pay: super::model::Pay::of(
            row.salary_min,
            row.salary_max,
            row.salary_currency.as_deref(),
            row.salary_period,
        ),
        hours_per_week: row.hours_per_week,
    }
}

/// The open offers of an organisation or of a job profile, newest first.
pub async fn open_offers_of(
    db: &impl ConnectionTrait,
    lang: Lang,
    organisation_id: Option<i32>,
    job_profile_id: Option<i32>,
) -> Result<Vec<OfferCard>, AppError> {
    let mut select = offer::Entity::find()
        .filter(open_condition())
        .order_by_desc(offer::Column::PostedAt)
        .limit(50);
    if let Some(id) = organisation_id {
        select = select.filter(offer::Column::OrganisationId.eq(id));
    }
    if let Some(id) = job_profile_id {
        select = select.filter(offer::Column::JobProfileId.eq(id));
    }
    let ids: Vec<i32> = select.all(db).await?.into_iter().map(|o| o.id).collect();
    cards_in_order(db, lang, &ids).await
}
