//! What an offer is also found by besides its own text: the organisation offering it, its
//! town, and the competences it asks for (their labels in each translation's language), so
//! "Lyon", a partner's name or "données personnelles" find the offers they concern.

use super::index::SearchDoc;
use crate::entities::{competence, framework_translation, offer, offer_competence, organisation};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// Adds to each translation's body of `docs` (offers) its organisation, town and competences.
pub async fn add(db: &impl ConnectionTrait, docs: &mut [SearchDoc]) -> Result<(), DbErr> {
    if docs.is_empty() {
        return Ok(());
    }
    let ids: Vec<i32> = docs.iter().map(|d| d.id).collect();
    // Ids in chunks: a rebuild reads every offer, and a statement has a bound on parameters.
    let mut places: HashMap<i32, (i32, Option<String>)> = HashMap::new();
    let mut asked: HashMap<i32, Vec<i32>> = HashMap::new();
    for chunk in ids.chunks(10_000) {
        let rows: Vec<(i32, i32, Option<String>)> = offer::Entity::find()
            .filter(offer::Column::Id.is_in(chunk.to_vec()))
            .select_only()
            .columns([
                offer::Column::Id,
                offer::Column::OrganisationId,
                offer::Column::City,
            ])
            .into_tuple()
            .all(db)
            .await?;
        places.extend(rows.into_iter().map(|(id, org, city)| (id, (org, city))));
        let links: Vec<(i32, i32)> = offer_competence::Entity::find()
            .filter(offer_competence::Column::OfferId.is_in(chunk.to_vec()))
            .select_only()
            .columns([
                offer_competence::Column::OfferId,
                offer_competence::Column::CompetenceId,
            ])
            .into_tuple()
            .all(db)
            .await?;
        for (offer_id, competence_id) in links {
            asked.entry(offer_id).or_default().push(competence_id);
        }
    }
    let names: HashMap<i32, String> = organisation::Entity::find()
        .select_only()
        .columns([organisation::Column::Id, organisation::Column::Name])
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let codes: HashMap<i32, String> = competence::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, format!("competence:{}", c.code)))
        .collect();
    let labels: HashMap<(String, String), String> = framework_translation::Entity::find()
        .filter(framework_translation::Column::ElementKey.starts_with("competence:"))
        .all(db)
        .await?
        .into_iter()
        .map(|t| ((t.element_key, t.lang), t.label))
        .collect();
    for doc in docs.iter_mut() {
        let (organisation, city) = places
            .get(&doc.id)
            .map(|(org, city)| {
                (
                    names.get(org).cloned().unwrap_or_default(),
                    city.clone().unwrap_or_default(),
                )
            })
            .unwrap_or_default();
        let competences = asked.get(&doc.id).cloned().unwrap_or_default();
        for (lang, _, body) in doc.texts.iter_mut() {
            body.push_str(&format!("\n{organisation}\n{city}"));
            for key in competences.iter().filter_map(|id| codes.get(id)) {
                if let Some(label) = labels.get(&(key.clone(), lang.code().to_string())) {
                    body.push('\n');
                    body.push_str(label);
                }
            }
        }
    }
    Ok(())
}
