//! The self-assessment's area pages and the profile page, read from the current framework and
//! the learner's stored answers and badges.

use super::model::{
    AreaPage, BandChoice, FrameworkName, LevelSource, ProfileArea, ProfilePage, ProfileRow, Question,
};
use super::profile::{level_of, Stored};
use crate::catalogue::framework::Framework;
use crate::catalogue::query::RawQuery;
use crate::content::text::Texts;
use crate::entities::{competence, pathway, pathway_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// The current framework, or "not found" when none is installed.
pub async fn framework(db: &impl ConnectionTrait) -> Result<Framework, AppError> {
    Framework::current(db).await?.ok_or(AppError::NotFound)
}

/// What a form sends back to say which framework version its levels refer to.
pub fn version_key(fw: &Framework) -> String {
    format!("{}-{}", fw.code, fw.version)
}

pub fn framework_name(fw: &Framework, lang: Lang) -> FrameworkName {
    FrameworkName {
        name: fw.label("framework", lang).text,
        version_key: version_key(fw),
    }
}

/// The area number asked for by `?area=` (from 1); anything else is the first area.
pub fn area_number(query: &str, areas: usize) -> usize {
    RawQuery::parse(query)
        .get("area")
        .and_then(|a| a.trim().parse::<usize>().ok())
        .filter(|n| (1..=areas).contains(n))
        .unwrap_or(1)
}

/// The competences of area `number` (from 1), in the framework's order.
pub fn competences_of_area(fw: &Framework, number: usize) -> Vec<&competence::Model> {
    let Some(area) = fw.areas.get(number.saturating_sub(1)) else {
        return Vec::new();
    };
    fw.competences.iter().filter(|c| c.area_id == area.id).collect()
}

/// The bands of the framework with their levels, in order: (band code, levels).
pub fn bands(fw: &Framework) -> Vec<(String, Vec<u8>)> {
    let mut bands: Vec<(String, Vec<u8>)> = Vec::new();
    for level in &fw.levels {
        match bands.last_mut() {
            Some((band, levels)) if *band == level.band => levels.push(level_of(level.level)),
            _ => bands.push((level.band.clone(), vec![level_of(level.level)])),
        }
    }
    bands
}

/// `/{lang}/assessment` for the raw query string `query`.
pub async fn area_page(
    db: &impl ConnectionTrait,
    lang: Lang,
    query: &str,
    learner: Option<i32>,
) -> Result<AreaPage, AppError> {
    let fw = framework(db).await?;
    let stored = Stored::load(db, learner, &fw).await?;
    let number = area_number(query, fw.areas.len());
    let area = fw.areas.get(number - 1).ok_or(AppError::NotFound)?;
    let bands = bands(&fw);
    let questions = competences_of_area(&fw, number)
        .into_iter()
        .map(|c| {
            let title = fw.label(&format!("competence:{}", c.code), lang);
            let answer = match stored.answer(c.id) {
                Some(a) => a.level.map_or("unknown".to_string(), |l| l.to_string()),
                None => String::new(),
            };
            Question {
                code: c.code.clone(),
                title: title.text,
                title_lang: title.lang,
                bands: bands
                    .iter()
                    .map(|(band, levels)| BandChoice {
                        band: fw.label(&format!("band:{band}"), lang).text,
                        statement: fw
                            .try_label(&format!("statement:{}:{band}", c.code), lang)
                            .map(|l| (l.text, l.lang)),
                        levels: levels.clone(),
                    })
                    .collect(),
                answer,
            }
        })
        .collect();
    Ok(AreaPage {
        framework: framework_name(&fw, lang),
        number,
        areas: fw.areas.len(),
        area_code: area.code.clone(),
        area_title: fw.label(&format!("area:{}", area.code), lang).text,
        questions,
        answered: stored.answers.len(),
        competences: fw.competences.len(),
        resume_code: None,
        signed_in: false,
        replaced: stored.replaced,
    })
}

/// `/{lang}/assessment/profile`.
pub async fn profile_page(
    db: &impl ConnectionTrait,
    lang: Lang,
    learner: Option<i32>,
) -> Result<ProfilePage, AppError> {
    let fw = framework(db).await?;
    let stored = Stored::load(db, learner, &fw).await?;
    let titles = pathway_titles(db, lang, stored.attested.iter().map(|a| a.pathway).collect()).await?;
    let areas = fw
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| ProfileArea {
            code: area.code.clone(),
            title: fw.label(&format!("area:{}", area.code), lang).text,
            rows: competences_of_area(&fw, i + 1)
                .into_iter()
                .map(|c| row(&fw, &stored, &titles, c, lang))
                .collect(),
        })
        .collect();
    Ok(ProfilePage {
        framework: framework_name(&fw, lang),
        has_profile: !stored.profile.is_empty(),
        areas,
        top_level: fw.levels.iter().map(|l| level_of(l.level)).max().unwrap_or(8),
        resume_code: None,
        replaced: stored.replaced,
    })
}

fn row(
    fw: &Framework,
    stored: &Stored,
    titles: &HashMap<i32, String>,
    c: &competence::Model,
    lang: Lang,
) -> ProfileRow {
    let title = fw.label(&format!("competence:{}", c.code), lang);
    let held = stored.profile.held.get(&c.id);
    let source = match (stored.attestation(c.id), stored.answer(c.id)) {
        (Some(a), _) => LevelSource::Attested {
            badge: a.badge.clone(),
            pathway: titles.get(&a.pathway).cloned().unwrap_or_default(),
        },
        (None, Some(answer)) if answer.level.is_some() => {
            LevelSource::SelfAssessed(answer.answered_at.date_naive().to_string())
        }
        (None, Some(answer)) => LevelSource::Unknown(answer.answered_at.date_naive().to_string()),
        (None, None) => LevelSource::NotAnswered,
    };
    ProfileRow {
        code: c.code.clone(),
        title: title.text,
        title_lang: title.lang,
        level: held.map(|h| h.level),
        band: held
            .and_then(|h| fw.band_of(i32::from(h.level)))
            .map(|b| fw.label(&format!("band:{b}"), lang).text),
        source,
    }
}

/// The titles of pathways `ids` in `lang` (2 queries).
pub async fn pathway_titles(
    db: &impl ConnectionTrait,
    lang: Lang,
    ids: Vec<i32>,
) -> Result<HashMap<i32, String>, AppError> {
    let rows = pathway::Entity::find()
        .filter(pathway::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    let texts: Texts<pathway_translation::Model> = Texts::load(db, &ids).await?;
    Ok(rows
        .iter()
        .filter_map(|p| {
            texts
                .pick(p.id, p.original_lang, lang)
                .map(|(t, _)| (p.id, t.title.clone()))
        })
        .collect())
}
