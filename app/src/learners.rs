//! Who is learning — on pathways and in the self-assessment: a signed-in person's learner row,
//! or an anonymous learner remembered by the session and by a resume code they can write down.
//! Anonymous progress is never thrown away: the code brings it back on another device or after
//! the session expired, and signing in or up moves it into the account (with what each feature
//! keeps under a learner: `crate::learner_merges`).

use crate::auth::model::Viewer;
pub use crate::auth::session::{SessionLearner, LEARNER_KEY};
use crate::entities::{badge, learner, quiz_attempt, step_completion};
use chrono::Utc;
use rand::Rng;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, QueryFilter, Set, TransactionTrait,
};
use std::collections::HashSet;
use tower_sessions::Session;

/// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a resume code (50 bits), shown as two groups of five.
const CODE_LENGTH: usize = 10;

/// What a feature moves from learner `from` to learner `into` when anonymous work joins an
/// account that already has some (in the transaction of the move).
pub type Merge =
    for<'a> fn(&'a DatabaseTransaction, i32, i32) -> futures::future::BoxFuture<'a, Result<(), DbErr>>;

/// A new resume code, `XXXXX-XXXXX`.
pub fn new_code() -> String {
    let mut rng = rand::thread_rng();
    let raw: String = (0..CODE_LENGTH)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &raw[..5], &raw[5..])
}

/// A code as typed, understood: case, spaces and dashes ignored, O read as 0, I and L as 1.
pub fn normalise_code(typed: &str) -> Option<String> {
    let raw: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    (raw.len() == CODE_LENGTH && raw.bytes().all(|b| ALPHABET.contains(&b)))
        .then(|| format!("{}-{}", &raw[..5], &raw[5..]))
}

/// What the database keeps of a code.
pub fn code_hash(code: &str) -> String {
    crate::auth::secret::digest(code)
}

/// The learner of this request, if they have started anything.
pub async fn current(
    db: &impl ConnectionTrait,
    viewer: Option<&Viewer>,
    anonymous: Option<&SessionLearner>,
) -> Result<Option<learner::Model>, DbErr> {
    match (viewer, anonymous) {
        (Some(viewer), _) => of_user(db, viewer.id).await,
        (None, Some(session)) => Ok(learner::Entity::find_by_id(session.id)
            .one(db)
            .await?
            .filter(|l| l.user_id.is_none())),
        (None, None) => Ok(None),
    }
}

/// The learner of the request being answered (server functions), if they have started
/// anything, and their resume code when they are anonymous.
pub async fn of_request(db: &impl ConnectionTrait) -> Result<(Option<i32>, Option<String>), DbErr> {
    let context = crate::web::context::request_context();
    let viewer = context.as_ref().and_then(|c| c.viewer.clone());
    let anonymous = context.as_ref().and_then(|c| c.learner.clone());
    let found = current(db, viewer.as_ref(), anonymous.as_ref()).await?;
    let code = match (&viewer, &found, anonymous) {
        (None, Some(_), Some(session)) => Some(session.code),
        _ => None,
    };
    Ok((found.map(|l| l.id), code))
}

/// The learner row of an account.
pub async fn of_user(db: &impl ConnectionTrait, user_id: i32) -> Result<Option<learner::Model>, DbErr> {
    learner::Entity::find()
        .filter(learner::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// The learner of this request, created on their first step (an anonymous one gets a code,
/// kept in the session).
pub async fn ensure(
    db: &impl ConnectionTrait,
    session: &Session,
    viewer: Option<&Viewer>,
) -> Result<learner::Model, DbErr> {
    let anonymous = session.get::<SessionLearner>(LEARNER_KEY).await.ok().flatten();
    if let Some(found) = current(db, viewer, anonymous.as_ref()).await? {
        return Ok(found);
    }
    let now = Utc::now();
    let code = new_code();
    let inserted = learner::ActiveModel {
        user_id: Set(viewer.map(|v| v.id)),
        resume_hash: Set(viewer.is_none().then(|| code_hash(&code))),
        created_at: Set(now),
        last_seen_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await;
    let row = match (inserted, viewer) {
        (Ok(row), _) => row,
        // The same person's first step in two tabs at once: the other insert won.
        (Err(error), Some(viewer)) => of_user(db, viewer.id).await?.ok_or(error)?,
        (Err(error), None) => return Err(error),
    };
    if viewer.is_none() {
        let remembered = SessionLearner { id: row.id, code };
        if let Err(error) = session.insert(LEARNER_KEY, remembered).await {
            tracing::error!(%error, "remembering the learner");
        }
    }
    Ok(row)
}

/// Continues the progress of the anonymous learner holding `code` in this session; the
/// progress this session had is added to it. Returns the learner, `None` for an unknown code.
pub async fn resume(db: &DatabaseConnection, session: &Session, code: &str) -> Result<Option<i32>, DbErr> {
    let txn = db.begin().await?;
    let Some(found) = learner::Entity::find()
        .filter(learner::Column::ResumeHash.eq(code_hash(code)))
        .filter(learner::Column::UserId.is_null())
        .one(&txn)
        .await?
    else {
        return Ok(None);
    };
    if let Some(previous) = session.get::<SessionLearner>(LEARNER_KEY).await.ok().flatten() {
        if previous.id != found.id {
            merge(&txn, previous.id, found.id).await?;
        }
    }
    let mut seen: learner::ActiveModel = found.clone().into();
    seen.last_seen_at = Set(Utc::now());
    seen.update(&txn).await?;
    txn.commit().await?;
    let remembered = SessionLearner {
        id: found.id,
        code: code.to_string(),
    };
    if let Err(error) = session.insert(LEARNER_KEY, remembered).await {
        tracing::error!(%error, "remembering the learner");
    }
    Ok(Some(found.id))
}

/// The sign-in hook (`crate::sign_in_hooks`): `adopt`.
pub fn on_sign_in<'a>(
    db: &'a DatabaseConnection,
    session: &'a Session,
    user_id: i32,
) -> futures::future::BoxFuture<'a, Result<(), crate::error::AppError>> {
    use futures::FutureExt;
    async move { Ok(adopt(db, session, user_id).await?) }.boxed()
}

/// At sign-in or sign-up: the session's anonymous progress moves into the account, and its
/// resume code stops working (it would otherwise open an account's progress without it).
pub async fn adopt(db: &DatabaseConnection, session: &Session, user_id: i32) -> Result<(), DbErr> {
    let Some(anonymous) = session.get::<SessionLearner>(LEARNER_KEY).await.ok().flatten() else {
        return Ok(());
    };
    let txn = db.begin().await?;
    let still_anonymous = learner::Entity::find_by_id(anonymous.id)
        .one(&txn)
        .await?
        .filter(|l| l.user_id.is_none());
    if let Some(row) = still_anonymous {
        match of_user(&txn, user_id).await? {
            Some(account) => merge(&txn, row.id, account.id).await?,
            None => {
                let mut adopted: learner::ActiveModel = row.into();
                adopted.user_id = Set(Some(user_id));
                adopted.resume_hash = Set(None);
                adopted.last_seen_at = Set(Utc::now());
                adopted.update(&txn).await?;
            }
        }
    }
    txn.commit().await?;
    let _ = session.remove::<SessionLearner>(LEARNER_KEY).await;
    Ok(())
}

/// Moves the progress of learner `from` into learner `into` (steps done, quiz attempts,
/// badges for pathways `into` has none of), then deletes `from` unless a badge stays with it.
async fn merge(db: &DatabaseTransaction, from: i32, into: i32) -> Result<(), DbErr> {
    let done = step_completion::Entity::find()
        .filter(step_completion::Column::LearnerId.eq(from))
        .all(db)
        .await?;
    for row in done {
        step_completion::Entity::insert(step_completion::ActiveModel {
            learner_id: Set(into),
            step_id: Set(row.step_id),
            completed_at: Set(row.completed_at),
        })
        .on_conflict(
            OnConflict::columns([
                step_completion::Column::LearnerId,
                step_completion::Column::StepId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    quiz_attempt::Entity::update_many()
        .col_expr(
            quiz_attempt::Column::LearnerId,
            sea_orm::sea_query::Expr::value(into),
        )
        .filter(quiz_attempt::Column::LearnerId.eq(from))
        .exec(db)
        .await?;
    let held: HashSet<i32> = badge::Entity::find()
        .filter(badge::Column::LearnerId.eq(into))
        .all(db)
        .await?
        .into_iter()
        .map(|b| b.pathway_id)
        .collect();
    let mut kept = false;
    for row in badge::Entity::find()
        .filter(badge::Column::LearnerId.eq(from))
        .all(db)
        .await?
    {
        if held.contains(&row.pathway_id) {
            kept = true;
            continue;
        }
        let mut moved: badge::ActiveModel = row.into();
        moved.learner_id = Set(into);
        moved.update(db).await?;
    }
    for merge in crate::learner_merges() {
        merge(db, from, into).await?;
    }
    if kept {
        learner::Entity::update_many()
            .col_expr(
                learner::Column::ResumeHash,
                sea_orm::sea_query::Expr::value(Option::<String>::None),
            )
            .filter(learner::Column::Id.eq(from))
            .exec(db)
            .await?;
    } else {
        learner::Entity::delete_by_id(from).exec(db).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_survive_being_copied_by_hand() {
        let code = new_code();
        assert_eq!(code.len(), 11);
        assert_eq!(normalise_code(&code).as_deref(), Some(code.as_str()));
        assert_eq!(normalise_code(" abcde fghjk ").as_deref(), Some("ABCDE-FGHJK"));
        assert_eq!(normalise_code("oi0l1-22222").as_deref(), Some("01011-22222"));
        assert_eq!(normalise_code("ABCDE-FGHJ"), None);
        assert_eq!(normalise_code("ABCDE-FGHJU"), None);
        assert_eq!(normalise_code("' OR 1=1 --"), None);
    }
}
