//! Reading the current competence framework (DigComp 2.2 today) in the reader's language.

use crate::catalogue::translation::pick;
use crate::entities::*;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The current framework's structure and labels, loaded in a fixed number of queries.
pub struct Framework {
    pub id: i32,
    /// `digcomp`, and the version (`2.2`) every level refers to.
    pub code: String,
    pub version: String,
    pub original: Lang,
    pub areas: Vec<competence_area::Model>,
    pub competences: Vec<competence::Model>,
    pub levels: Vec<proficiency_level::Model>,
    labels: HashMap<String, Vec<(String, String)>>,
}

/// A label with the language it is written in.
#[derive(Clone, Debug)]
pub struct Label {
    pub text: String,
    pub lang: Lang,
}

impl Framework {
    /// Loads the framework marked current (5 queries); `None` when no framework is installed.
    pub async fn current(db: &impl ConnectionTrait) -> Result<Option<Framework>, DbErr> {
        let Some(fw) = framework::Entity::find()
            .filter(framework::Column::IsCurrent.eq(true))
            .order_by_desc(framework::Column::Id)
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let areas = competence_area::Entity::find()
            .filter(competence_area::Column::FrameworkId.eq(fw.id))
            .order_by_asc(competence_area::Column::Position)
            .all(db)
            .await?;
        let competences = competence::Entity::find()
            .filter(competence::Column::FrameworkId.eq(fw.id))
            .order_by_asc(competence::Column::AreaId)
            .order_by_asc(competence::Column::Position)
            .all(db)
            .await?;
        let levels = proficiency_level::Entity::find()
            .filter(proficiency_level::Column::FrameworkId.eq(fw.id))
            .order_by_asc(proficiency_level::Column::Level)
            .all(db)
            .await?;
        let mut labels: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for row in framework_translation::Entity::find()
            .filter(framework_translation::Column::FrameworkId.eq(fw.id))
            .all(db)
            .await?
        {
            labels
                .entry(row.element_key)
                .or_default()
                .push((row.lang, row.label));
        }
        Ok(Some(Framework {
            id: fw.id,
            code: fw.code,
            version: fw.version,
            original: fw.original_lang,
            areas,
            competences,
            levels,
            labels,
        }))
    }

    /// The label of an element (`framework`, `area:1`, `competence:1.1`, `level:3`, `band:advanced`)
    /// in `lang`, following the fallback chain.
    pub fn label(&self, key: &str, lang: Lang) -> Label {
        self.try_label(key, lang).unwrap_or_else(|| Label {
            text: key.to_string(),
            lang: Lang::En,
        })
    }

    /// The label of an element when the framework has one in any language (the
    /// self-assessment's statements, `statement:1.1:foundation`, may be missing).
    pub fn try_label(&self, key: &str, lang: Lang) -> Option<Label> {
        self.labels
            .get(key)
            .and_then(|all| pick(lang, self.original, all.iter().map(|(l, t)| (l.as_str(), t))))
            .map(|p| Label {
                text: p.text.clone(),
                lang: p.lang,
            })
    }

    /// The area code a competence belongs to.
    pub fn area_code_of(&self, competence: &competence::Model) -> String {
        self.areas
            .iter()
            .find(|a| a.id == competence.area_id)
            .map(|a| a.code.clone())
            .unwrap_or_default()
    }

    /// A level with its band's name in `lang`, to be explained in plain words.
    pub fn level(&self, level: i32, lang: Lang) -> crate::ui::level::Level {
        let band = self.band_of(level).unwrap_or_default();
        crate::ui::level::Level {
            level,
            of: i32::try_from(self.levels.len()).unwrap_or(0),
            band: self.label(&format!("band:{band}"), lang).text,
        }
    }

    /// The band code of a level (`foundation`, …).
    pub fn band_of(&self, level: i32) -> Option<String> {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .map(|l| l.band.clone())
    }
}

/// The current framework's competence codes by id (no framework installed: none).
pub async fn competence_codes(db: &impl ConnectionTrait) -> Result<HashMap<i32, String>, DbErr> {
    Ok(Framework::current(db)
        .await?
        .map(|fw| fw.competences.into_iter().map(|c| (c.id, c.code)).collect())
        .unwrap_or_default())
}

/// (competence id, level) of each (code, level) of `pairs` the current framework has.
pub async fn competence_ids(
    db: &impl ConnectionTrait,
    pairs: &[(String, i32)],
) -> Result<Vec<(i32, i32)>, DbErr> {
    let ids: HashMap<String, i32> = competence_codes(db)
        .await?
        .into_iter()
        .map(|(id, code)| (code, id))
        .collect();
    Ok(pairs
        .iter()
        .filter_map(|(code, level)| Some((*ids.get(code)?, *level)))
        .collect())
}

/// The competences of `framework` that `keep` accepts (by id), as choices of a form or filter:
/// (code, "code label" in `lang`), in the framework's order.
pub fn competence_choices(
    framework: Option<&Framework>,
    lang: Lang,
    keep: impl Fn(i32) -> bool,
) -> Vec<crate::ui::filters::Choice> {
    framework
        .map(|f| {
            f.competences
                .iter()
                .filter(|c| keep(c.id))
                .map(|c| crate::ui::filters::Choice {
                    value: c.code.clone(),
                    label: format!(
                        "{} {}",
                        c.code,
                        f.label(&format!("competence:{}", c.code), lang).text
                    ),
                })
                .collect()
        })
        .unwrap_or_default()
}
