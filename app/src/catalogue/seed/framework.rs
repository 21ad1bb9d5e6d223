//! Loading a competence framework file: its structure and every label.

use super::files::{FrameworkFile, Labels, StatementsFile};
use super::SeedError;
use crate::entities::*;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

pub(super) async fn label(
    db: &impl ConnectionTrait,
    framework_id: i32,
    key: &str,
    labels: &Labels,
) -> Result<(), SeedError> {
    for (lang, text) in labels {
        framework_translation::ActiveModel {
            framework_id: Set(framework_id),
            element_key: Set(key.to_string()),
            lang: Set(lang.clone()),
            label: Set(text.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub(super) async fn load_framework(
    db: &impl ConnectionTrait,
    file: FrameworkFile,
    statements: Option<StatementsFile>,
) -> Result<(), SeedError> {
    if let Some(found) = statements.as_ref() {
        if found.framework != file.code || found.version != file.version {
            return Err(SeedError::Dangling {
                kind: "framework of statements",
                key: format!("{} {}", found.framework, found.version),
            });
        }
    }
    let framework = framework::ActiveModel {
        code: Set(file.code),
        version: Set(file.version),
        original_lang: Set(crate::i18n::Lang::En),
        is_current: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await?;
    label(db, framework.id, "framework", &file.name).await?;
    let file_bands: Vec<String> = file.band.iter().map(|b| b.code.clone()).collect();
    let mut codes: Vec<String> = Vec::new();
    for band in &file.band {
        label(db, framework.id, &format!("band:{}", band.code), &band.name).await?;
    }
    for level in file.level {
        let band = file
            .band
            .iter()
            .find(|b| b.levels.contains(&level.level))
            .map(|b| b.code.clone())
            .ok_or_else(|| SeedError::Dangling {
                kind: "band for level",
                key: level.level.to_string(),
            })?;
        proficiency_level::ActiveModel {
            framework_id: Set(framework.id),
            level: Set(level.level),
            band: Set(band),
            ..Default::default()
        }
        .insert(db)
        .await?;
        label(db, framework.id, &format!("level:{}", level.level), &level.name).await?;
    }
    for (area_pos, area) in file.area.into_iter().enumerate() {
        let area_row = competence_area::ActiveModel {
            framework_id: Set(framework.id),
            code: Set(area.code.clone()),
            position: Set(i32::try_from(area_pos).unwrap_or(i32::MAX)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        label(db, framework.id, &format!("area:{}", area.code), &area.name).await?;
        for (pos, comp) in area.competence.into_iter().enumerate() {
            competence::ActiveModel {
                framework_id: Set(framework.id),
                area_id: Set(area_row.id),
                code: Set(comp.code.clone()),
                position: Set(i32::try_from(pos).unwrap_or(i32::MAX)),
                ..Default::default()
            }
            .insert(db)
            .await?;
            label(db, framework.id, &format!("competence:{}", comp.code), &comp.name).await?;
            codes.push(comp.code.clone());
        }
    }
    // The self-assessment's statements are labels too (`statement:1.1:foundation`): the same
    // fallback chain, and a framework version brings its own.
    for statement in statements.map(|s| s.statement).unwrap_or_default() {
        if !file_bands.contains(&statement.band) || !codes.contains(&statement.competence) {
            return Err(SeedError::Dangling {
                kind: "competence or band of a statement",
                key: format!("{} {}", statement.competence, statement.band),
            });
        }
        let key = format!("statement:{}:{}", statement.competence, statement.band);
        label(db, framework.id, &key, &statement.text).await?;
    }
    Ok(())
}
