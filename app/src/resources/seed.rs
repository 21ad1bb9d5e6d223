//! The demo resources (`seed/resources.toml`, with a few small files from `seed/files/`),
//! loaded once after the rest of the demo content, all published.

use super::codes::{Audience, Licence, ResourceKind};
use crate::catalogue::seed::refs::{already_loaded, DemoRefs};
use crate::entities::{
    app_meta, resource, resource_audience, resource_competence, resource_language, resource_translation,
};
use crate::i18n::Lang;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set, TransactionTrait};
use serde::Deserialize;
use std::collections::BTreeMap;

const MARKER: &str = "demo-resources";
const FILE: &str = include_str!("../../../seed/resources.toml");
/// The demo files, by the name the TOML gives them.
const FILES: [(&str, &[u8]); 3] = [
    (
        "checklist-rgpd-petite-association.pdf",
        include_bytes!("../../../seed/files/checklist-rgpd-petite-association.pdf"),
    ),
    (
        "modello-piano-inserimento-volontari.pdf",
        include_bytes!("../../../seed/files/modello-piano-inserimento-volontari.pdf"),
    ),
    (
        "lista-accesibilidad-web-basica.png",
        include_bytes!("../../../seed/files/lista-accesibilidad-web-basica.png"),
    ),
];

#[derive(Deserialize)]
struct ResourceFile {
    resource: Vec<ResourceSeed>,
}

#[derive(Deserialize)]
struct ResourceSeed {
    slug: String,
    kind: ResourceKind,
    organisation: String,
    original_lang: Lang,
    licence: String,
    languages: Vec<Lang>,
    audiences: Vec<Audience>,
    competences: Vec<String>,
    external_url: Option<String>,
    file: Option<String>,
    published_days_ago: i64,
    translations: BTreeMap<String, TextSeed>,
}

#[derive(Deserialize)]
struct TextSeed {
    title: String,
    summary: String,
    body_md: String,
}

fn bad(what: String) -> DbErr {
    DbErr::Custom(format!("demo resources: {what}"))
}

/// Loads the demo resources unless done before; returns whether it loaded them.
pub async fn load_once(db: &DatabaseConnection) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if already_loaded(&txn, MARKER).await? {
        return Ok(false);
    }
    let DemoRefs {
        organisations,
        competences,
        ..
    } = DemoRefs::load(&txn).await?;
    if organisations.is_empty() {
        return Ok(false);
    }
    let now = Utc::now();
    let parsed: ResourceFile = toml::from_str(FILE).map_err(|e| bad(e.to_string()))?;
    for seed in parsed.resource {
        let organisation_id = *organisations
            .get(&seed.organisation)
            .ok_or_else(|| bad(format!("unknown organisation {}", seed.organisation)))?;
        let licence =
            Licence::parse(&seed.licence).ok_or_else(|| bad(format!("licence {}", seed.licence)))?;
        let at = now - Duration::days(seed.published_days_ago);
        let row = resource::ActiveModel {
            slug: Set(seed.slug.clone()),
            kind: Set(seed.kind),
            organisation_id: Set(Some(organisation_id)),
            licence: Set(licence),
            original_lang: Set(seed.original_lang),
            status: Set(crate::content::ContentStatus::Published),
            version: Set(1),
            external_url: Set(seed.external_url),
            published_at: Set(at),
            created_by: Set(None),
            created_at: Set(at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (lang, text) in seed.translations {
            resource_translation::ActiveModel {
                resource_id: Set(row.id),
                lang: Set(lang),
                title: Set(text.title),
                summary: Set(text.summary),
                body_md: Set(text.body_md),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for lang in seed.languages {
            resource_language::ActiveModel {
                resource_id: Set(row.id),
                lang: Set(lang),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for audience in seed.audiences {
            resource_audience::ActiveModel {
                resource_id: Set(row.id),
                audience: Set(audience),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for code in seed.competences {
            let competence_id = *competences
                .get(&code)
                .ok_or_else(|| bad(format!("unknown competence {code}")))?;
            resource_competence::ActiveModel {
                resource_id: Set(row.id),
                competence_id: Set(competence_id),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        if let Some(name) = seed.file {
            let bytes = FILES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, b)| *b)
                .ok_or_else(|| bad(format!("unknown file {name}")))?;
            super::files::store(&txn, None, row.id, None, &name, bytes)
                .await
                .map_err(|e| bad(format!("{name}: {e:?}")))?
                .map_err(|e| bad(format!("{name}: {e:?}")))?;
        }
    }
    app_meta::ActiveModel {
        key: Set(MARKER.into()),
        value: Set(now.to_rfc3339()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}
