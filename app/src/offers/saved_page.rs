//! Loading what a person saved.

use super::model::{SavedPage, SavedSearchItem};
use super::pages::search_form::value_label_with;
use crate::entities::{saved_offer, saved_search};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub async fn load(
    db: &impl ConnectionTrait,
    search: &super::service::OfferSearch,
    lang: Lang,
    user_id: i32,
) -> Result<SavedPage, AppError> {
    let offer_ids: Vec<i32> = saved_offer::Entity::find()
        .filter(saved_offer::Column::UserId.eq(user_id))
        .order_by_desc(saved_offer::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.offer_id)
        .collect();
    let cards = super::cards::cards_in_order(db, lang, &offer_ids).await?;
    let offers = offer_ids.into_iter().zip(cards).collect();
    let mut searches = Vec::new();
    for row in saved_search::Entity::find()
        .filter(saved_search::Column::UserId.eq(user_id))
        .order_by_desc(saved_search::Column::CreatedAt)
        .all(db)
        .await?
    {
        // A handful per person: each is run to show its current count and its filters' names.
        let page = super::service::list(db, search, lang, &row.query).await?;
        let filters = page
            .applied
            .iter()
            .map(|(name, value)| (name.clone(), value_label_with(lang, &page, name, value)))
            .collect();
        searches.push(SavedSearchItem {
            id: row.id,
            query: row.query,
            filters,
            total: page.page.total,
            alert: row.alert,
        });
    }
    Ok(SavedPage { offers, searches })
}
