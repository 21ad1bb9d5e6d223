//! Reading offers from the database as the index wants them.

use crate::content::ContentStatus;
use crate::entities::{offer, offer_competence, offer_translation};
use crate::offers::codes::{OfferKind, WorkMode};
use crate::offers::engine::Document;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// Which offers to read.
#[derive(Clone, Copy, Debug)]
pub enum Which<'a> {
    /// Every published offer (a rebuild).
    All,
    /// These offers, when published (an update); the others are simply not returned.
    Only(&'a [i32]),
}

impl Which<'_> {
    /// The condition on `column` (an offer id) that keeps these offers.
    fn condition(self, column: impl ColumnTrait) -> Condition {
        match self {
            Which::All => Condition::all(),
            Which::Only(ids) => Condition::all().add(column.is_in(ids.iter().copied())),
        }
    }
}

/// The published offers among `which`, with what the filters read.
pub async fn documents(db: &impl ConnectionTrait, which: Which<'_>) -> Result<Vec<Document>, DbErr> {
    type Row = (
        i32,
        OfferKind,
        Option<String>,
        Option<String>,
        WorkMode,
        i32,
        DateTime<Utc>,
        Option<NaiveDate>,
    );
    let rows: Vec<Row> = offer::Entity::find()
        .filter(offer::Column::Status.eq(ContentStatus::Published))
        .filter(which.condition(offer::Column::Id))
        .select_only()
        .columns([
            offer::Column::Id,
            offer::Column::Kind,
            offer::Column::Country,
            offer::Column::City,
            offer::Column::WorkMode,
            offer::Column::OrganisationId,
            offer::Column::PostedAt,
            offer::Column::ValidUntil,
        ])
        .order_by_asc(offer::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut documents: Vec<Document> = rows
        .into_iter()
        .map(
            |(id, kind, country, city, work_mode, organisation_id, posted_at, valid_until)| Document {
                id,
                kind,
                country,
                city,
                work_mode,
                organisation_id,
                posted_at,
                valid_until,
                langs: Vec::new(),
                competence_ids: Vec::new(),
                requirements: Vec::new(),
            },
        )
        .collect();
    let position: HashMap<i32, usize> = documents.iter().enumerate().map(|(n, d)| (d.id, n)).collect();
    let langs: Vec<(i32, String)> = offer_translation::Entity::find()
        .filter(which.condition(offer_translation::Column::OfferId))
        .select_only()
        .columns([
            offer_translation::Column::OfferId,
            offer_translation::Column::Lang,
        ])
        .into_tuple()
        .all(db)
        .await?;
    for (id, lang) in langs {
        if let Some(&n) = position.get(&id) {
            documents[n].langs.push(lang);
        }
    }
    let competences: Vec<(i32, i32, Option<i32>)> = offer_competence::Entity::find()
        .filter(which.condition(offer_competence::Column::OfferId))
        .select_only()
        .columns([
            offer_competence::Column::OfferId,
            offer_competence::Column::CompetenceId,
            offer_competence::Column::Level,
        ])
        .into_tuple()
        .all(db)
        .await?;
    for (id, competence, level) in competences {
        if let Some(&n) = position.get(&id) {
            documents[n].competence_ids.push(competence);
            let required = crate::assessment::profile::required([(competence, level)]);
            documents[n].requirements.extend(required);
        }
    }
    Ok(documents)
}
