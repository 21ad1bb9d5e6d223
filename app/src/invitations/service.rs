//! Inviting, reading and accepting invitations.

use super::api::{InvitationInfo, InvitationState};
use crate::auth::model::{MembershipRole, Viewer};
use crate::auth::secret::{digest, random_token};
use crate::entities::{invitation, organisation, organisation_member, user};
use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use crate::mail::{letter, Mail};
use crate::state::AppState;
use crate::web::urls::Route;
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

/// How long an invitation stays valid.
pub const LIFETIME_DAYS: i64 = 14;

/// Invites `email` to edit for organisation `org`, by administrator `by`: the invitation and
/// its mail (in `lang`, or the language of the account that address has) in one transaction.
pub async fn invite(
    state: &AppState,
    by: &Viewer,
    org: &organisation::Model,
    email: &str,
    lang: Lang,
) -> Result<(), AppError> {
    let email = email.trim().to_lowercase();
    let txn = state.db.begin().await?;
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(email.clone()))
        .one(&txn)
        .await?;
    let lang = existing
        .as_ref()
        .and_then(|u| Lang::parse(&u.lang))
        .unwrap_or(lang);
    let secret = random_token();
    let now = Utc::now();
    invitation::ActiveModel {
        organisation_id: Set(org.id),
        email: Set(email.clone()),
        lang: Set(lang.code().into()),
        token_hash: Set(digest(&secret)),
        invited_by: Set(Some(by.id)),
        expires_at: Set(now + Duration::days(LIFETIME_DAYS)),
        accepted_at: Set(None),
        accepted_by: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let link = state.absolute(&Route::Invitation(&secret).at(lang));
    let name = existing
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    Mail {
        user_id: existing.as_ref().map(|u| u.id),
        to: email,
        subject: tr_args(
            lang,
            "invitation-mail-subject",
            &[("organisation", org.name.clone().into())],
        ),
        body: letter(
            lang,
            &name,
            &[
                tr_args(
                    lang,
                    "invitation-mail-body",
                    &[
                        ("organisation", org.name.clone().into()),
                        ("inviter", by.display_name.clone().into()),
                    ],
                ),
                link,
                tr_args(lang, "invitation-mail-expiry", &[("days", LIFETIME_DAYS.into())]),
                tr(lang, "invitation-mail-ignore"),
            ],
        ),
        list_unsubscribe: None,
    }
    .enqueue(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn find(db: &impl ConnectionTrait, token: &str) -> Result<Option<invitation::Model>, AppError> {
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    Ok(invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(digest(token)))
        .one(db)
        .await?)
}

fn state_of(row: &invitation::Model) -> InvitationState {
    if row.accepted_at.is_some() {
        InvitationState::Used
    } else if row.expires_at < Utc::now() {
        InvitationState::Expired
    } else {
        InvitationState::Open
    }
}

/// What the page of link `token` shows to `viewer`.
pub async fn view(
    db: &DatabaseConnection,
    token: &str,
    viewer: Option<&Viewer>,
) -> Result<InvitationInfo, AppError> {
    let signed_in_as = viewer.map(|v| v.email.clone());
    let Some(row) = find(db, token).await? else {
        return Ok(InvitationInfo {
            state: InvitationState::Invalid,
            organisation: String::new(),
            email: String::new(),
            signed_in_as,
        });
    };
    let organisation = organisation::Entity::find_by_id(row.organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    Ok(InvitationInfo {
        state: state_of(&row),
        organisation,
        email: row.email,
        signed_in_as,
    })
}

/// Why an invitation was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Unknown, expired or used (said by the page).
    NotOpen,
    /// Signed in with another address than the one invited.
    OtherAddress,
}

/// Accepts the invitation of link `token` for `viewer`, once (a conditional update: two
/// clicks cannot both win): the membership is added; returns the organisation's slug.
pub async fn accept(
    db: &DatabaseConnection,
    viewer: &Viewer,
    token: &str,
) -> Result<Result<String, Refused>, AppError> {
    let Some(row) = find(db, token).await? else {
        return Ok(Err(Refused::NotOpen));
    };
    if state_of(&row) != InvitationState::Open {
        return Ok(Err(Refused::NotOpen));
    }
    if !row.email.eq_ignore_ascii_case(viewer.email.trim()) {
        return Ok(Err(Refused::OtherAddress));
    }
    let txn = db.begin().await?;
    let won = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(Utc::now()))
        .col_expr(invitation::Column::AcceptedBy, Expr::value(viewer.id))
        .filter(invitation::Column::Id.eq(row.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if won.rows_affected != 1 {
        return Ok(Err(Refused::NotOpen));
    }
    organisation_member::Entity::insert(organisation_member::ActiveModel {
        user_id: Set(viewer.id),
        organisation_id: Set(row.organisation_id),
        role: Set(MembershipRole::Editor),
    })
    .on_conflict_do_nothing_on([
        organisation_member::Column::UserId,
        organisation_member::Column::OrganisationId,
    ])
    .exec(&txn)
    .await?;
    let slug = organisation::Entity::find_by_id(row.organisation_id)
        .one(&txn)
        .await?
        .map(|o| o.slug)
        .unwrap_or_default();
    txn.commit().await?;
    Ok(Ok(slug))
}
