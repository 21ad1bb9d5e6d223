//! Webinars named for other features: the choices a pathway's watch step offers, and the title
//! of the webinar a step points to.

use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{webinar, webinar_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// Published webinars as choices (slug, title in `lang` or its fallback), latest first: what
/// a pathway's watch step may point to.
pub async fn choices(db: &impl ConnectionTrait, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    let rows = webinar::Entity::find()
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .order_by_desc(webinar::Column::StartsAt)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let texts = Texts::<webinar_translation::Model>::load(db, &ids).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let title = texts
                .pick(r.id, r.original_lang, lang)
                .map(|(t, _)| t.title.clone())
                .unwrap_or_else(|| r.slug.clone());
            (r.slug.clone(), title)
        })
        .collect())
}

/// Published webinar `id`'s slug and title in `lang` (or its fallback); `None` when it is not
/// published.
pub async fn title_of(
    db: &impl ConnectionTrait,
    id: i32,
    lang: Lang,
) -> Result<Option<(String, String)>, AppError> {
    let Some(row) = webinar::Entity::find_by_id(id)
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let title = super::registration_http::title_of(db, &row, lang).await?;
    Ok(Some((row.slug, title)))
}
