//! Keeping the search index of an offer up to date (after seeding, and after every change to
//! an offer by the publishing features).

use crate::entities::{
    competence, framework_translation, offer, offer_competence, offer_translation, organisation,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// Rebuilds the index row of `offer_id` from its titles, descriptions, organisation name,
/// competence labels (every language) and place.
pub async fn reindex(db: &impl ConnectionTrait, offer_id: i32) -> Result<(), DbErr> {
    let Some(row) = offer::Entity::find_by_id(offer_id).one(db).await? else {
        return Ok(());
    };
    let texts = offer_translation::Entity::find()
        .filter(offer_translation::Column::OfferId.eq(offer_id))
        .all(db)
        .await?;
    let organisation = organisation::Entity::find_by_id(row.organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let competence_ids: Vec<i32> = offer_competence::Entity::find()
        .filter(offer_competence::Column::OfferId.eq(offer_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.competence_id)
        .collect();
    let keys: Vec<String> = competence::Entity::find()
        .filter(competence::Column::Id.is_in(competence_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| format!("competence:{}", c.code))
        .collect();
    let labels: Vec<String> = framework_translation::Entity::find()
        .filter(framework_translation::Column::ElementKey.is_in(keys))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.label)
        .collect();
    let titles: Vec<&str> = texts.iter().map(|t| t.title.as_str()).collect();
    let mut body: Vec<&str> = texts.iter().map(|t| t.description_md.as_str()).collect();
    body.push(&organisation);
    body.extend(labels.iter().map(String::as_str));
    if let Some(city) = &row.city {
        body.push(city);
    }
    super::search::put(db, offer_id, &titles.join(" "), &body.join(" ")).await
}
