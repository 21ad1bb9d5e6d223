//! Badges: issuing a signed Open Badges 3.0 credential when a learner has really done every
//! required step of a pathway (once per learner and pathway), verifying it for its public
//! page, and revoking it.

pub mod baking;
pub mod credential;
pub mod http;
pub mod image;
pub mod signing;

use super::catalogue::Catalogue;
use super::model::BadgeView;
use crate::catalogue::framework::Framework;
use crate::entities::{badge, framework, pathway};
use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use serde_json::Value;

/// Longest name printed on a badge.
pub const MAX_NAME: usize = 100;

/// Why a badge was not issued.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Some required step is not done.
    NotFinished,
    /// The learner already has this pathway's badge (its id).
    AlreadyIssued(String),
}

/// The framework's name as credentials cite it ("DigComp 2.2").
async fn framework_name(db: &impl ConnectionTrait) -> Result<String, DbErr> {
    Ok(framework::Entity::find()
        .filter(framework::Column::IsCurrent.eq(true))
        .one(db)
        .await?
        .map(|f| format!("{} {}", f.code, f.version))
        .unwrap_or_default())
}

/// Issues the badge of `slug` to `learner`, named `recipient`, in `lang`.
pub async fn issue(
    db: &impl ConnectionTrait,
    origin: &str,
    lang: Lang,
    slug: &str,
    learner: i32,
    recipient: &str,
) -> Result<Result<String, Refusal>, AppError> {
    let catalogue = Catalogue::load(db, Some(slug), Some(learner)).await?;
    let row = catalogue.rows.first().ok_or(AppError::NotFound)?;
    if let Some(existing) = badge::Entity::find()
        .filter(badge::Column::LearnerId.eq(learner))
        .filter(badge::Column::PathwayId.eq(row.id))
        .one(db)
        .await?
    {
        return Ok(Err(Refusal::AlreadyIssued(existing.id)));
    }
    let steps = catalogue.steps.get(&row.id).map(Vec::as_slice).unwrap_or(&[]);
    if steps.is_empty() || !super::detail::all_required_done(steps, &catalogue.done) {
        return Ok(Err(Refusal::NotFinished));
    }
    let card = catalogue.card(lang, row);
    let framework = Framework::current(db).await?;
    let competences = catalogue
        .competences_of(framework.as_ref(), lang, row.id)
        .into_iter()
        .map(|c| {
            let target = tr_args(
                lang,
                "pathways-badge-target-level",
                &[("level", i64::from(c.level).into())],
            );
            (c.code, c.label, target)
        })
        .collect();
    let id = uuid::Uuid::new_v4().to_string();
    let issued_at = Utc::now();
    let issuer_name = tr(lang, "site-name");
    let criteria = tr_args(
        lang,
        "pathways-badge-criteria",
        &[
            ("title", card.title.clone().into()),
            ("steps", i64::from(card.required).into()),
        ],
    );
    let framework = framework_name(db).await?;
    let claim = credential::Claim {
        origin,
        id: &id,
        issuer_name: &issuer_name,
        recipient,
        lang: card.lang.code(),
        pathway_slug: &row.slug,
        name: &card.title,
        description: &card.goal,
        criteria: &criteria,
        framework: &framework,
        competences,
        issued_at,
    };
    let key = signing::issuer_key(db).await?;
    let token = signing::sign(&key, &credential::credential(&claim))?;
    let inserted = badge::ActiveModel {
        id: Set(id.clone()),
        learner_id: Set(learner),
        pathway_id: Set(row.id),
        recipient_name: Set(recipient.to_string()),
        issued_at: Set(issued_at),
        credential: Set(token),
        revoked_at: Set(None),
        revoked_reason: Set(None),
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(Ok(id)),
        // The same learner finishing in two tabs at once: the unique index keeps one badge.
        Err(error) => match badge::Entity::find()
            .filter(badge::Column::LearnerId.eq(learner))
            .filter(badge::Column::PathwayId.eq(row.id))
            .one(db)
            .await?
        {
            Some(existing) => Ok(Err(Refusal::AlreadyIssued(existing.id))),
            None => Err(error.into()),
        },
    }
}

/// What a stored credential proves: its payload when the signature is valid.
pub async fn verified_payload(db: &impl ConnectionTrait, token: &str) -> Result<Option<Value>, DbErr> {
    let keys = signing::public_keys(db).await?;
    Ok(signing::verify(token, &keys))
}

/// The public page of badge `id`, with the verification of its credential.
pub async fn view(
    db: &impl ConnectionTrait,
    origin: &str,
    id: &str,
    learner: Option<i32>,
) -> Result<BadgeView, AppError> {
    let row = badge::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    view_of(db, origin, &row, learner).await
}

/// The public view of the badge `row`.
pub async fn view_of(
    db: &impl ConnectionTrait,
    origin: &str,
    row: &badge::Model,
    learner: Option<i32>,
) -> Result<BadgeView, AppError> {
    let payload = verified_payload(db, &row.credential).await?;
    let field = |path: &[&str]| -> String {
        let mut value = payload.as_ref();
        for key in path {
            value = value.and_then(|v| v.get(*key));
        }
        value.and_then(Value::as_str).unwrap_or_default().to_string()
    };
    let issuer_valid =
        field(&["iss"]) == credential::issuer_id(origin) && field(&["id"]) == format!("urn:uuid:{}", row.id);
    let competences = payload
        .as_ref()
        .and_then(|p| p.pointer("/credentialSubject/achievement/alignment"))
        .and_then(Value::as_array)
        .map(|all| {
            all.iter()
                .map(|a| super::model::PathwayCompetence {
                    code: a["targetCode"].as_str().unwrap_or_default().to_string(),
                    label: a["targetName"].as_str().unwrap_or_default().to_string(),
                    level: 0,
                    target: Default::default(),
                })
                .collect()
        })
        .unwrap_or_default();
    let slug = pathway::Entity::find_by_id(row.pathway_id)
        .one(db)
        .await?
        .map(|p| p.slug)
        .unwrap_or_default();
    Ok(BadgeView {
        id: row.id.clone(),
        lang: Lang::parse(&field(&["credentialSubject", "achievement", "inLanguage"])).unwrap_or(Lang::En),
        recipient: row.recipient_name.clone(),
        pathway_slug: slug,
        achievement: field(&["name"]),
        criteria: payload
            .as_ref()
            .and_then(|p| p.pointer("/credentialSubject/achievement/criteria/narrative"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        issued_at: row.issued_at.date_naive().to_string(),
        competences,
        signature_valid: payload.is_some(),
        issuer_valid,
        revoked_at: row.revoked_at.map(|d: DateTime<Utc>| d.date_naive().to_string()),
        revoked_reason: row.revoked_reason.clone(),
        mine: learner == Some(row.learner_id),
        can_revoke: false,
    })
}

/// Revokes badge `id` with `reason`; false when there is no such badge.
pub async fn revoke(db: &impl ConnectionTrait, id: &str, reason: &str) -> Result<bool, DbErr> {
    let Some(row) = badge::Entity::find_by_id(id.to_string()).one(db).await? else {
        return Ok(false);
    };
    let mut revoked: badge::ActiveModel = row.into();
    revoked.revoked_at = Set(Some(Utc::now()));
    revoked.revoked_reason = Set(Some(reason.to_string()));
    revoked.update(db).await?;
    Ok(true)
}
