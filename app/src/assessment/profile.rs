//! A person's competence profile as stored: their answers for the current framework version and
//! what their badges attest (a completed pathway raises the competences it is aligned to, to
//! the level it is aligned at), read in a fixed number of queries, and made into the matching
//! rules' `Profile`.

use super::matching::{Profile, Required};
use crate::catalogue::framework::Framework;
use crate::entities::{assessment_answer, badge, pathway_competence};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// A level a badge attests.
#[derive(Clone, Debug)]
pub struct Attestation {
    pub competence: i32,
    pub level: u8,
    pub badge: String,
    pub pathway: i32,
}

/// What is kept about a learner's competences.
#[derive(Clone, Debug, Default)]
pub struct Stored {
    /// Answers for the current framework version.
    pub answers: Vec<assessment_answer::Model>,
    /// Some answers refer to a framework version that was replaced (not used for matching).
    pub replaced: bool,
    pub attested: Vec<Attestation>,
    pub profile: Profile,
}

impl Stored {
    /// Loads `learner`'s answers and attestations (3 queries; none without a learner).
    pub async fn load(
        db: &impl ConnectionTrait,
        learner: Option<i32>,
        framework: &Framework,
    ) -> Result<Stored, DbErr> {
        let Some(learner) = learner else {
            return Ok(Stored::default());
        };
        let all = assessment_answer::Entity::find()
            .filter(assessment_answer::Column::LearnerId.eq(learner))
            .order_by_asc(assessment_answer::Column::CompetenceId)
            .all(db)
            .await?;
        let replaced = all.iter().any(|a| a.framework_id != framework.id);
        let answers: Vec<assessment_answer::Model> = all
            .into_iter()
            .filter(|a| a.framework_id == framework.id)
            .collect();
        let badges = badge::Entity::find()
            .filter(badge::Column::LearnerId.eq(learner))
            .filter(badge::Column::RevokedAt.is_null())
            .order_by_asc(badge::Column::IssuedAt)
            .all(db)
            .await?;
        let aligned = pathway_competence::Entity::find()
            .filter(pathway_competence::Column::PathwayId.is_in(badges.iter().map(|b| b.pathway_id)))
            .all(db)
            .await?;
        let known = |competence: i32| framework.competences.iter().any(|c| c.id == competence);
        let attested: Vec<Attestation> = badges
            .iter()
            .flat_map(|b| {
                aligned
                    .iter()
                    .filter(move |a| a.pathway_id == b.pathway_id && known(a.competence_id))
                    .map(move |a| Attestation {
                        competence: a.competence_id,
                        level: level_of(a.level),
                        badge: b.id.clone(),
                        pathway: b.pathway_id,
                    })
            })
            .collect();
        let profile = Profile::from_parts(
            answers
                .iter()
                .map(|a| (a.competence_id, a.level.map(|l| level_of(i32::from(l))))),
            attested.iter().map(|a| (a.competence, a.level)),
        );
        Ok(Stored {
            answers,
            replaced,
            attested,
            profile,
        })
    }

    /// The badge that attests `competence` at the level the profile holds, if one does.
    pub fn attestation(&self, competence: i32) -> Option<&Attestation> {
        let held = self.profile.held.get(&competence)?;
        self.attested
            .iter()
            .find(|a| a.competence == competence && a.level == held.level)
    }

    pub fn answer(&self, competence: i32) -> Option<&assessment_answer::Model> {
        self.answers.iter().find(|a| a.competence_id == competence)
    }
}

/// The competence profile of the person this request is for, when they have one (a learner
/// with answers or badges; the current framework installed).
pub async fn of_request(db: &impl ConnectionTrait) -> Result<Option<Profile>, DbErr> {
    let (learner, _) = crate::learners::of_request(db).await?;
    if learner.is_none() {
        return Ok(None);
    }
    let Some(fw) = Framework::current(db).await? else {
        return Ok(None);
    };
    let stored = Stored::load(db, learner, &fw).await?;
    Ok(Some(stored.profile).filter(|p| !p.is_empty()))
}

/// A stored level as the rules read it (levels are 1–8; anything else is clamped).
pub fn level_of(level: i32) -> u8 {
    u8::try_from(level.clamp(0, i32::from(u8::MAX))).unwrap_or(0)
}

/// Requirements as (competence id, level) rows; a requirement without a level asks for the
/// competence at all (level 1).
pub fn required(rows: impl IntoIterator<Item = (i32, Option<i32>)>) -> Vec<Required> {
    rows.into_iter()
        .map(|(competence, level)| Required {
            competence,
            level: level_of(level.unwrap_or(1)).max(1),
        })
        .collect()
}
