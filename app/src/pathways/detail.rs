//! One pathway with this learner's progress: its outline, the next step to take, and whether
//! the badge can be claimed.

use super::catalogue::Catalogue;
use super::model::{PathwayDetail, StepSummary};
use crate::catalogue::framework::Framework;
use crate::content::items::unpublished;
use crate::content::text::Texts;
use crate::content::ContentKind;
use crate::entities::{badge, pathway_step, pathway_step_translation, pathway_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ui::markdown::to_safe_html;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashSet;

/// The step to continue with: the first required step not done, else the first step not done.
pub fn next_step(steps: &[pathway_step::Model], done: &HashSet<i32>) -> Option<u32> {
    let position = |wanted: &dyn Fn(&pathway_step::Model) -> bool| {
        steps
            .iter()
            .position(|s| wanted(s) && !done.contains(&s.id))
            .map(|i| i as u32 + 1)
    };
    position(&|s| s.required).or_else(|| position(&|_| true))
}

/// Every required step of `steps` is done.
pub fn all_required_done(steps: &[pathway_step::Model], done: &HashSet<i32>) -> bool {
    steps.iter().filter(|s| s.required).all(|s| done.contains(&s.id))
}

/// Titles of `steps` in `lang`, with the language each is written in.
pub async fn step_titles(
    db: &impl ConnectionTrait,
    lang: Lang,
    original: Lang,
    steps: &[pathway_step::Model],
) -> Result<Vec<(String, Lang)>, AppError> {
    let ids: Vec<i32> = steps.iter().map(|s| s.id).collect();
    let texts = Texts::<pathway_step_translation::Model>::load(db, &ids).await?;
    Ok(steps
        .iter()
        .map(|s| {
            texts
                .pick(s.id, original, lang)
                .map(|(text, shown)| (text.title.clone(), shown))
                .unwrap_or_else(|| (s.position.to_string(), original))
        })
        .collect())
}

/// `/{lang}/pathways/{slug}` for `learner`.
pub async fn detail(
    db: &impl ConnectionTrait,
    lang: Lang,
    slug: &str,
    learner: Option<i32>,
) -> Result<PathwayDetail, AppError> {
    let catalogue = Catalogue::load(db, Some(slug), learner).await?;
    let Some(row) = catalogue.rows.first() else {
        return Err(unpublished(db, ContentKind::Pathway, slug).await);
    };
    let card = catalogue.card(lang, row);
    let original = row.original_lang;
    let texts = Texts::<pathway_translation::Model>::load(db, &[row.id]).await?;
    let description_html = texts
        .pick(row.id, original, lang)
        .map(|(text, _)| to_safe_html(&text.description_md))
        .unwrap_or_default();
    let steps = catalogue.steps.get(&row.id).cloned().unwrap_or_default();
    let titles = step_titles(db, lang, original, &steps).await?;
    let framework = Framework::current(db).await?;
    let badge_id = match learner {
        Some(id) => badge::Entity::find()
            .filter(badge::Column::LearnerId.eq(id))
            .filter(badge::Column::PathwayId.eq(row.id))
            .one(db)
            .await?
            .map(|b| b.id),
        None => None,
    };
    Ok(PathwayDetail {
        description_html,
        competences: catalogue.competences_of(framework.as_ref(), lang, row.id),
        steps: steps
            .iter()
            .zip(titles)
            .enumerate()
            .map(|(i, (s, (title, shown)))| StepSummary {
                n: i as u32 + 1,
                title,
                lang: shown,
                kind: s.kind,
                minutes: s.minutes,
                required: s.required,
                done: catalogue.done.contains(&s.id),
            })
            .collect(),
        next_step: next_step(&steps, &catalogue.done),
        completed: !steps.is_empty() && all_required_done(&steps, &catalogue.done),
        badge_id,
        proposed_name: String::new(),
        resume_code: None,
        signed_in: false,
        card,
    })
}
