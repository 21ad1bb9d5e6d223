//! What later demo loads (offers, pathways) look up by name: organisations and job profiles by
//! slug, competences by code; and whether a load already ran (its `app_meta` marker).

use crate::entities::{app_meta, competence, job_profile, organisation};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};
use std::collections::HashMap;

/// Ids by slug or code.
pub struct DemoRefs {
    pub organisations: HashMap<String, i32>,
    pub profiles: HashMap<String, i32>,
    pub competences: HashMap<String, i32>,
}

impl DemoRefs {
    pub async fn load(db: &impl ConnectionTrait) -> Result<DemoRefs, DbErr> {
        Ok(DemoRefs {
            organisations: organisation::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|o| (o.slug, o.id))
                .collect(),
            profiles: job_profile::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|p| (p.slug, p.id))
                .collect(),
            competences: competence::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|c| (c.code, c.id))
                .collect(),
        })
    }
}

/// Whether the load recorded as `marker` already ran.
pub async fn already_loaded(db: &impl ConnectionTrait, marker: &str) -> Result<bool, DbErr> {
    Ok(app_meta::Entity::find_by_id(marker.to_string())
        .one(db)
        .await?
        .is_some())
}
