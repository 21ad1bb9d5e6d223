//! The profile as data: the JSON download of `/{lang}/assessment/profile.json`, and the
//! self-assessment's part of "my data" and of the account's erasure.

use super::profile::Stored;
use crate::catalogue::framework::Framework;
use crate::entities::{assessment_answer, learner, user};
use crate::i18n::Lang;
use crate::legal::model::Period;
use crate::personal_data::PersonalData;
use futures::FutureExt;
use sea_orm::{ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter};
use serde_json::{json, Value};

/// Every competence of the framework with the level held, where it comes from and when.
pub fn profile_json(fw: &Framework, stored: &Stored, lang: Lang) -> Value {
    let competences: Vec<Value> = fw
        .competences
        .iter()
        .map(|c| {
            let held = stored.profile.held.get(&c.id);
            let answer = stored.answer(c.id);
            let attested = stored.attestation(c.id);
            json!({
                "code": c.code,
                "area": fw.area_code_of(c),
                "name": fw.label(&format!("competence:{}", c.code), lang).text,
                "level": held.map(|h| h.level),
                "source": match (attested, answer, held) {
                    (Some(_), _, _) => "attested",
                    (None, Some(_), Some(_)) => "self-assessed",
                    (None, Some(_), None) => "unknown",
                    (None, None, _) => "not-answered",
                },
                "self_assessed": answer.map(|a| json!({ "level": a.level, "answered_at": a.answered_at })),
                "attested_by": attested.map(|a| json!({ "badge": a.badge, "level": a.level })),
            })
        })
        .collect();
    json!({
        "framework": { "code": fw.code, "version": fw.version, "name": fw.label("framework", lang).text },
        "competences": competences,
    })
}

/// What the self-assessment keeps about a person: the answers under their learner row (which
/// pathways' declaration exports and erases; the answers go with it, and are erased here
/// first so the erasure does not rest on the database's cascade).
pub const DATA: PersonalData = PersonalData {
    notice: "assessment",
    kept: &[Period::Account, Period::AnonymousLearner],
    exports: &[("learners", "user_id")],
    erases: &[("learners", "user_id")],
    export: |txn, user| export(txn, user).boxed(),
    erase: |txn, user| erase(txn, user).boxed(),
};

async fn learner_of(txn: &DatabaseTransaction, user: &user::Model) -> Result<Option<learner::Model>, DbErr> {
    learner::Entity::find()
        .filter(learner::Column::UserId.eq(user.id))
        .one(txn)
        .await
}

async fn export(txn: &DatabaseTransaction, user: &user::Model) -> Result<Value, DbErr> {
    let Some(fw) = Framework::current(txn).await? else {
        return Ok(json!({}));
    };
    let learner = learner_of(txn, user).await?.map(|l| l.id);
    let stored = Stored::load(txn, learner, &fw).await?;
    Ok(json!({ "competence_profile": profile_json(&fw, &stored, Lang::En) }))
}

async fn erase(txn: &DatabaseTransaction, user: &user::Model) -> Result<(), DbErr> {
    if let Some(me) = learner_of(txn, user).await? {
        assessment_answer::Entity::delete_many()
            .filter(assessment_answer::Column::LearnerId.eq(me.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}
