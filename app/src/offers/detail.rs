//! One offer with everything its page shows.

use super::model::{OfferCompetence, OfferDetail};
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{
    competence, job_profile, job_profile_translation, offer, offer_competence, offer_translation,
    organisation,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ui::markdown::to_safe_html;
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Where a published offer stands among the other features' content.
pub struct Links {
    pub id: i32,
    pub job_profile_id: Option<i32>,
}

/// A published offer by slug; a closed one (past `valid_until`) is still shown, marked closed.
/// The pathways towards its job profile are added by `api` (they are the pathways feature's).
pub async fn detail(
    db: &impl ConnectionTrait,
    lang: Lang,
    slug: &str,
) -> Result<(OfferDetail, Links), AppError> {
    if !crate::catalogue::query::is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let row = find_published(db, slug).await?;
    let links = Links {
        id: row.id,
        job_profile_id: row.job_profile_id,
    };
    Ok((detail_of(db, lang, row).await?, links))
}

/// Offer `id` in any status, for a viewer who may read it unpublished (its editors and the
/// moderators), with what permissions know of it; for anyone else not found, so nobody learns
/// that another organisation's draft exists.
pub async fn readable(
    db: &impl ConnectionTrait,
    viewer: &crate::auth::model::Viewer,
    id: i32,
) -> Result<(offer::Model, crate::auth::permissions::Item), AppError> {
    use crate::auth::permissions::{can, Action, Item};
    use crate::content::{ContentKind, Owner};
    let row = offer::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let item = Item {
        kind: ContentKind::Offer,
        owner: Owner::Organisation(row.organisation_id),
        status: row.status,
    };
    if !can(Some(viewer), Action::ReadDraft, &item) {
        return Err(AppError::NotFound);
    }
    Ok((row, item))
}

/// A published offer by slug; an archived one is `Gone` (410: it was withdrawn), anything
/// else not found (a draft's existence is nobody else's business).
pub async fn find_published(db: &impl ConnectionTrait, slug: &str) -> Result<offer::Model, AppError> {
    let found = offer::Entity::find()
        .filter(offer::Column::Slug.eq(slug))
        .one(db)
        .await?;
    match found {
        Some(row) if row.status == ContentStatus::Published => Ok(row),
        Some(row) if row.status == ContentStatus::Archived => Err(AppError::Gone),
        _ => Err(AppError::NotFound),
    }
}

async fn detail_of(
    db: &impl ConnectionTrait,
    lang: Lang,
    row: offer::Model,
) -> Result<OfferDetail, AppError> {
    let texts = Texts::<offer_translation::Model>::load(db, &[row.id]).await?;
    let org = organisation::Entity::find_by_id(row.organisation_id)
        .one(db)
        .await?;
    let card = super::cards::card(lang, &row, &texts, org.as_ref());
    let original = row.original_lang;
    let (description, how_to_apply) = texts
        .pick(row.id, original, lang)
        .map(|(text, _)| (text.description_md.clone(), text.how_to_apply.clone()))
        .unwrap_or_default();
    let job_profile = match row.job_profile_id {
        Some(id) => {
            let profile = job_profile::Entity::find_by_id(id).one(db).await?;
            let titles = Texts::<job_profile_translation::Model>::load(db, &[id]).await?;
            profile.map(|p| {
                let title = titles
                    .pick(p.id, p.original_lang, lang)
                    .map(|(text, _)| text.title.clone())
                    .unwrap_or_else(|| p.slug.clone());
                (p.slug, title)
            })
        }
        None => None,
    };
    let links = offer_competence::Entity::find()
        .filter(offer_competence::Column::OfferId.eq(row.id))
        .all(db)
        .await?;
    let framework = crate::catalogue::framework::Framework::current(db).await?;
    let ids: Vec<i32> = links.iter().map(|l| l.competence_id).collect();
    let mut rows = competence::Entity::find()
        .filter(competence::Column::Id.is_in(ids))
        .all(db)
        .await?;
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    let competences = rows
        .into_iter()
        .map(|c| {
            let level = links
                .iter()
                .find(|l| l.competence_id == c.id)
                .and_then(|l| l.level);
            OfferCompetence {
                label: framework
                    .as_ref()
                    .map(|f| f.label(&format!("competence:{}", c.code), lang).text)
                    .unwrap_or_else(|| c.code.clone()),
                level,
                target: framework.as_ref().zip(level).map(|(f, l)| f.level(l, lang)),
                code: c.code,
            }
        })
        .collect();
    let closed = row.valid_until.is_some_and(|d| d < Utc::now().date_naive());
    Ok(OfferDetail {
        card,
        original_lang: original,
        contract: row.contract.clone(),
        starts_on: row.starts_on.map(|d| d.to_string()),
        closed,
        description_html: to_safe_html(&description),
        how_to_apply,
        apply_url: row.apply_url.clone(),
        apply_email: row.apply_email.clone(),
        organisation_website: org.as_ref().and_then(|o| o.website.clone()),
        job_profile,
        competences,
        pathways: Vec::new(),
        gaps: Default::default(),
        organisation_country: org.map(|o| o.country).unwrap_or_default(),
        saved: None,
    })
}
