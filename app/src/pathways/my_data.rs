//! A learner's part of "my data" (steps done, quiz attempts and badges, by pathway) and of
//! the account's erasure (the learner row, with everything hanging from it).

use crate::entities::{badge, learner, pathway, pathway_step, quiz_attempt, step_completion, user};
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::{json, Value};
use std::collections::HashMap;

/// What pathways keep about a person: their learner row (progress, attempts and badges hang
/// from it and go with it).
pub const DATA: PersonalData = PersonalData {
    notice: "pathways",
    kept: &[Period::Account, Period::AnonymousLearner],
    exports: &[("learners", "user_id")],
    erases: &[("learners", "user_id")],
    export: |txn, user| async move { Ok(json!({ "learning": learning(txn, user.id).await? })) }.boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    learner::Entity::delete_many()
        .filter(learner::Column::UserId.eq(user.id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Everything kept about the learning of user `user_id`.
pub async fn learning(db: &impl ConnectionTrait, user_id: i32) -> Result<Value, DbErr> {
    let Some(me) = learner::Entity::find()
        .filter(learner::Column::UserId.eq(user_id))
        .one(db)
        .await?
    else {
        return Ok(json!({ "steps_done": [], "quiz_attempts": [], "badges": [] }));
    };
    let steps: HashMap<i32, pathway_step::Model> = pathway_step::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let slugs: HashMap<i32, String> = pathway::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.slug))
        .collect();
    let place = |step_id: i32| {
        steps
            .get(&step_id)
            .map(|s| json!({ "pathway": slugs.get(&s.pathway_id), "step": s.position }))
    };
    let done = step_completion::Entity::find()
        .filter(step_completion::Column::LearnerId.eq(me.id))
        .order_by_asc(step_completion::Column::CompletedAt)
        .all(db)
        .await?;
    let attempts = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::LearnerId.eq(me.id))
        .order_by_asc(quiz_attempt::Column::Id)
        .all(db)
        .await?;
    let badges = badge::Entity::find()
        .filter(badge::Column::LearnerId.eq(me.id))
        .all(db)
        .await?;
    Ok(json!({
        "started_at": me.created_at,
        "steps_done": done.iter().map(|d| json!({ "step": place(d.step_id), "at": d.completed_at })).collect::<Vec<_>>(),
        "quiz_attempts": attempts.iter().map(|a| json!({
            "step": place(a.step_id), "correct": a.correct, "total": a.total, "passed": a.passed, "at": a.created_at,
        })).collect::<Vec<_>>(),
        "badges": badges.iter().map(|b| json!({
            "id": b.id, "pathway": slugs.get(&b.pathway_id), "name_on_badge": b.recipient_name,
            "issued_at": b.issued_at, "revoked_at": b.revoked_at,
        })).collect::<Vec<_>>(),
    }))
}
