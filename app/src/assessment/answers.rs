//! A learner's answers to the self-assessment: a level of the framework version it was given
//! for, or "I don't know". Saving an area's answers again updates them (one per learner and
//! competence, by the unique index, so a form posted twice at once keeps one row each); when an
//! anonymous learner's work joins an account, the answers just given win.

use crate::entities::assessment_answer;
use crate::learners::Merge;
use chrono::{DateTime, Utc};
use futures::FutureExt;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};

/// Saves `answers` (competence id, level or `None` for "I don't know") of `learner` for
/// framework version `framework`, at `now`.
pub async fn save(
    db: &impl ConnectionTrait,
    learner: i32,
    framework: i32,
    answers: &[(i32, Option<u8>)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for &(competence, level) in answers {
        assessment_answer::Entity::insert(assessment_answer::ActiveModel {
            learner_id: sea_orm::Set(learner),
            framework_id: sea_orm::Set(framework),
            competence_id: sea_orm::Set(competence),
            level: sea_orm::Set(level.map(i16::from)),
            answered_at: sea_orm::Set(now),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                assessment_answer::Column::LearnerId,
                assessment_answer::Column::CompetenceId,
            ])
            .update_columns([
                assessment_answer::Column::FrameworkId,
                assessment_answer::Column::Level,
                assessment_answer::Column::AnsweredAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Every answer of `learner`.
pub async fn of(db: &impl ConnectionTrait, learner: i32) -> Result<Vec<assessment_answer::Model>, DbErr> {
    assessment_answer::Entity::find()
        .filter(assessment_answer::Column::LearnerId.eq(learner))
        .all(db)
        .await
}

/// Moves learner `from`'s answers to learner `into` (`crate::learner_merges`).
pub const MERGE: Merge = |txn, from, into| merge(txn, from, into).boxed();

async fn merge(txn: &DatabaseTransaction, from: i32, into: i32) -> Result<(), DbErr> {
    let given: Vec<i32> = of(txn, from)
        .await?
        .into_iter()
        .map(|a| a.competence_id)
        .collect();
    assessment_answer::Entity::delete_many()
        .filter(assessment_answer::Column::LearnerId.eq(into))
        .filter(assessment_answer::Column::CompetenceId.is_in(given))
        .exec(txn)
        .await?;
    assessment_answer::Entity::update_many()
        .col_expr(assessment_answer::Column::LearnerId, Expr::value(into))
        .filter(assessment_answer::Column::LearnerId.eq(from))
        .exec(txn)
        .await?;
    Ok(())
}

/// Once competences `codes` are answered for framework `framework`, the learner's answers to the
/// same competences in other (replaced) versions are dropped: the new answer replaces them.
pub async fn forget_replaced(
    db: &impl ConnectionTrait,
    learner: i32,
    framework: i32,
    codes: &[String],
) -> Result<(), DbErr> {
    use crate::entities::competence;
    let old: Vec<i32> = competence::Entity::find()
        .filter(competence::Column::FrameworkId.ne(framework))
        .filter(competence::Column::Code.is_in(codes.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    assessment_answer::Entity::delete_many()
        .filter(assessment_answer::Column::LearnerId.eq(learner))
        .filter(assessment_answer::Column::CompetenceId.is_in(old))
        .exec(db)
        .await?;
    Ok(())
}
