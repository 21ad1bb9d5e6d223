//! Published pathways with their texts, steps, organisation, job profile and a learner's
//! progress, read in a handful of queries (there are tens of pathways, not thousands): the
//! source of every card, list and outline.

use super::model::{PathwayCard, PathwayCompetence};
use crate::catalogue::framework::Framework;
use crate::catalogue::translation::by_owner;
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{
    competence, job_profile, job_profile_translation, organisation, pathway, pathway_competence,
    pathway_step, pathway_translation, step_completion,
};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};

/// Published pathways with everything their cards need.
pub struct Catalogue {
    pub rows: Vec<pathway::Model>,
    texts: Texts<pathway_translation::Model>,
    pub steps: HashMap<i32, Vec<pathway_step::Model>>,
    organisations: HashMap<i32, organisation::Model>,
    profiles: HashMap<i32, job_profile::Model>,
    profile_texts: Texts<job_profile_translation::Model>,
    /// (pathway id, competence code, level).
    pub competences: Vec<(i32, String, i32)>,
    /// Step ids this learner has done.
    pub done: HashSet<i32>,
}

impl Catalogue {
    /// Loads the published pathways (or only `slug`) and `learner`'s progress.
    pub async fn load(
        db: &impl ConnectionTrait,
        slug: Option<&str>,
        learner: Option<i32>,
    ) -> Result<Self, AppError> {
        let mut select = pathway::Entity::find()
            .filter(pathway::Column::Status.eq(ContentStatus::Published))
            .order_by_asc(pathway::Column::Id);
        if let Some(slug) = slug {
            select = select.filter(pathway::Column::Slug.eq(slug));
        }
        let rows = select.all(db).await?;
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let texts = Texts::load(db, &ids).await?;
        let steps = by_owner(
            pathway_step::Entity::find()
                .filter(pathway_step::Column::PathwayId.is_in(ids.clone()))
                .order_by_asc(pathway_step::Column::Position)
                .all(db)
                .await?,
            |s| s.pathway_id,
        );
        let organisations = organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(rows.iter().filter_map(|r| r.organisation_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let profile_ids: Vec<i32> = rows.iter().filter_map(|r| r.job_profile_id).collect();
        let profile_texts = Texts::load(db, &profile_ids).await?;
        let profiles = job_profile::Entity::find()
            .filter(job_profile::Column::Id.is_in(profile_ids))
            .filter(job_profile::Column::Status.eq(ContentStatus::Published))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        let codes: HashMap<i32, String> = competence::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c.code))
            .collect();
        let competences = pathway_competence::Entity::find()
            .filter(pathway_competence::Column::PathwayId.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .filter_map(|c| {
                codes
                    .get(&c.competence_id)
                    .map(|code| (c.pathway_id, code.clone(), c.level))
            })
            .collect();
        let done = match learner {
            Some(id) => done_steps(db, id).await?,
            None => HashSet::new(),
        };
        Ok(Catalogue {
            rows,
            texts,
            steps,
            organisations,
            profiles,
            profile_texts,
            competences,
            done,
        })
    }

    /// The card of `row` in `lang` (texts follow the fallback chain).
    pub fn card(&self, lang: Lang, row: &pathway::Model) -> PathwayCard {
        let original = row.original_lang;
        let (title, goal, shown) = self
            .texts
            .pick(row.id, original, lang)
            .map(|(text, shown)| (text.title.clone(), text.goal.clone(), shown))
            .unwrap_or((row.slug.clone(), String::new(), original));
        let steps = self.steps.get(&row.id).map(Vec::as_slice).unwrap_or(&[]);
        let required: Vec<&pathway_step::Model> = steps.iter().filter(|s| s.required).collect();
        let job_profile = row.job_profile_id.and_then(|id| self.profiles.get(&id)).map(|p| {
            let title = self
                .profile_texts
                .pick(p.id, p.original_lang, lang)
                .map(|(text, _)| text.title.clone())
                .unwrap_or_else(|| p.slug.clone());
            (p.slug.clone(), title)
        });
        PathwayCard {
            slug: row.slug.clone(),
            title,
            goal,
            lang: shown,
            steps: steps.len() as u32,
            minutes: steps.iter().map(|s| s.minutes).sum(),
            organisation: row
                .organisation_id
                .and_then(|id| self.organisations.get(&id))
                .map(|o| (o.slug.clone(), o.name.clone())),
            job_profile,
            done: steps.iter().filter(|s| self.done.contains(&s.id)).count() as u32,
            required: required.len() as u32,
            required_done: required.iter().filter(|s| self.done.contains(&s.id)).count() as u32,
        }
    }

    /// The competences of `pathway_id` with their labels in `lang`.
    pub fn competences_of(
        &self,
        framework: Option<&Framework>,
        lang: Lang,
        pathway_id: i32,
    ) -> Vec<PathwayCompetence> {
        self.competences
            .iter()
            .filter(|(id, _, _)| *id == pathway_id)
            .map(|(_, code, level)| PathwayCompetence {
                code: code.clone(),
                label: framework
                    .map(|f| f.label(&format!("competence:{code}"), lang).text)
                    .unwrap_or_default(),
                level: *level,
                target: framework.map(|f| f.level(*level, lang)).unwrap_or_default(),
            })
            .collect()
    }

    /// Whether `row` has a text written in `lang`.
    pub fn written_in(&self, row: &pathway::Model, lang: &str) -> bool {
        self.texts.all(row.id).iter().any(|t| t.lang == lang)
    }
}

/// The ids of the steps `learner` has done.
pub async fn done_steps(db: &impl ConnectionTrait, learner: i32) -> Result<HashSet<i32>, sea_orm::DbErr> {
    Ok(step_completion::Entity::find()
        .filter(step_completion::Column::LearnerId.eq(learner))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.step_id)
        .collect())
}
