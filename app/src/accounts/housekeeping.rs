//! Regular clean-up, run hourly by the job runner (once across app servers): nothing personal
//! is kept longer than needed, as the GDPR asks, and the privacy notice states each period
//! (`legal::model::Retention`, set by the operator):
//! - expired sessions, rate-limited attempts older than their window, one-time links a day
//!   after they expired;
//! - accounts whose address was never confirmed (learners only: staff accounts are made by
//!   administrators), and webinar registrations never confirmed, after `unconfirmed_days`;
//! - anonymous learners (a resume code, no account) who never completed anything, after
//!   `anonymous_learner_days` without a visit;
//! - audit log entries after `audit_days`; sent e-mails' copies after `sent_mail_days`.

use crate::auth::model::Role;
use crate::auth::session_store::DbSessionStore;
use crate::entities::{
    assessment_answer, audit_log, badge, learner, one_time_token, organisation_member, outbox, quiz_attempt,
    step_completion, user, webinar_mail, webinar_registration,
};
use crate::legal::model::Retention;
use crate::webinars::codes::RegistrationStatus;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};

/// What one sweep removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub rate_limit_hits: u64,
    pub links: u64,
    pub unconfirmed_accounts: u64,
    pub unconfirmed_registrations: u64,
    pub anonymous_learners: u64,
    pub audit_entries: u64,
    pub sent_mail: u64,
}

pub async fn sweep(db: &DatabaseConnection, retention: &Retention) -> Result<Swept, DbErr> {
    let now = Utc::now();
    let before = |days: u32| now - Duration::days(i64::from(days));
    let sessions = DbSessionStore::new(db.clone())
        .delete_expired()
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    let rate_limit_hits = crate::web::rate_limit::sweep(db, now).await?;
    let links = one_time_token::Entity::delete_many()
        .filter(one_time_token::Column::ExpiresAt.lt(now - Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    let unconfirmed_accounts = unconfirmed_accounts(db, before(retention.unconfirmed_days)).await?;
    let unconfirmed_registrations = unconfirmed_registrations(db, before(retention.unconfirmed_days)).await?;
    let anonymous_learners = idle_anonymous_learners(db, before(retention.anonymous_learner_days)).await?;
    let audit_entries = audit_log::Entity::delete_many()
        .filter(audit_log::Column::At.lt(before(retention.audit_days)))
        .exec(db)
        .await?
        .rows_affected;
    let sent_mail = outbox::Entity::delete_many()
        .filter(outbox::Column::SentAt.lt(before(retention.sent_mail_days)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Swept {
        sessions,
        rate_limit_hits,
        links,
        unconfirmed_accounts,
        unconfirmed_registrations,
        anonymous_learners,
        audit_entries,
        sent_mail,
    })
}

/// Learner accounts never confirmed, made before `cutoff`, erased as a deletion would (each
/// feature's part first). Members of an organisation are left to their administrators.
async fn unconfirmed_accounts(db: &DatabaseConnection, cutoff: DateTime<Utc>) -> Result<u64, DbErr> {
    let members = Query::select()
        .column(organisation_member::Column::UserId)
        .from(organisation_member::Entity)
        .to_owned();
    let stale = user::Entity::find()
        .filter(user::Column::EmailVerifiedAt.is_null())
        .filter(user::Column::CreatedAt.lt(cutoff))
        .filter(user::Column::Role.eq(Role::Learner))
        .filter(user::Column::Id.not_in_subquery(members))
        .all(db)
        .await?;
    for account in &stale {
        super::users::erase(db, account).await?;
    }
    Ok(stale.len() as u64)
}

/// Webinar registrations whose link was never opened, made before `cutoff`.
async fn unconfirmed_registrations(db: &DatabaseConnection, cutoff: DateTime<Utc>) -> Result<u64, DbErr> {
    let stale: Vec<i32> = webinar_registration::Entity::find()
        .select_only()
        .column(webinar_registration::Column::Id)
        .filter(webinar_registration::Column::Status.eq(RegistrationStatus::Pending))
        .filter(webinar_registration::Column::CreatedAt.lt(cutoff))
        .into_tuple()
        .all(db)
        .await?;
    if stale.is_empty() {
        return Ok(0);
    }
    webinar_mail::Entity::delete_many()
        .filter(webinar_mail::Column::RegistrationId.is_in(stale.clone()))
        .exec(db)
        .await?;
    Ok(webinar_registration::Entity::delete_many()
        .filter(webinar_registration::Column::Id.is_in(stale))
        .exec(db)
        .await?
        .rows_affected)
}

/// Anonymous learners not seen since `cutoff` who never completed a step, answered a quiz or
/// a self-assessment question, or earned a badge: their resume code leads to nothing.
async fn idle_anonymous_learners(db: &DatabaseConnection, cutoff: DateTime<Utc>) -> Result<u64, DbErr> {
    let mut idle = learner::Entity::delete_many()
        .filter(learner::Column::UserId.is_null())
        .filter(learner::Column::LastSeenAt.lt(cutoff));
    let progress = [
        Query::select()
            .column(step_completion::Column::LearnerId)
            .from(step_completion::Entity)
            .to_owned(),
        Query::select()
            .column(quiz_attempt::Column::LearnerId)
            .from(quiz_attempt::Entity)
            .to_owned(),
        Query::select()
            .column(assessment_answer::Column::LearnerId)
            .from(assessment_answer::Entity)
            .to_owned(),
        Query::select()
            .column(badge::Column::LearnerId)
            .from(badge::Entity)
            .to_owned(),
    ];
    for with_progress in progress {
        idle = idle.filter(learner::Column::Id.not_in_subquery(with_progress));
    }
    Ok(idle.exec(db).await?.rows_affected)
}
