//! "My data": everything the portal holds about the signed-in person as JSON, and erasing
//! the account after the password is confirmed.

use super::{done, internal, lang_of, Submission};
use crate::accounts::context::RequestContext;
use crate::accounts::model::Message;
use crate::accounts::{session, users};
use crate::entities::{
    offer, one_time_token, organisation, organisation_member, outbox, saved_offer, saved_search,
    sign_in_failure,
};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use chrono::Utc;
use http::header;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use tower_sessions::Session;

/// The JSON download (`Content-Disposition: attachment`).
pub async fn export(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
) -> Response {
    if let Err(response) = lang_of(&lang) {
        return response;
    }
    let Some(viewer) = context.viewer else {
        return http::StatusCode::FORBIDDEN.into_response();
    };
    match collect(&state, viewer.id).await {
        Ok(Some(data)) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"social-tech-academy-my-data.json\"",
                ),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Ok(None) => http::StatusCode::NOT_FOUND.into_response(),
        Err(error) => internal(error),
    }
}

/// Every row about the user. Secrets (password hash, link digests, session key) are not
/// personal data in a useful sense and would only weaken the account if the file leaked.
async fn collect(state: &AppState, user_id: i32) -> Result<Option<serde_json::Value>, sea_orm::DbErr> {
    let db = &state.db;
    let Some(user) = users::find(db, user_id).await? else {
        return Ok(None);
    };
    let memberships = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let organisation_ids: Vec<i32> = memberships.iter().map(|m| m.organisation_id).collect();
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisation_ids))
        .all(db)
        .await?;
    let links = one_time_token::Entity::find()
        .filter(one_time_token::Column::UserId.eq(user.id))
        .order_by_asc(one_time_token::Column::CreatedAt)
        .all(db)
        .await?;
    let mails = outbox::Entity::find()
        .filter(outbox::Column::UserId.eq(user.id))
        .order_by_asc(outbox::Column::CreatedAt)
        .all(db)
        .await?;
    let saved_offers = saved_offer::Entity::find()
        .filter(saved_offer::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let saved_slugs: Vec<String> = offer::Entity::find()
        .filter(offer::Column::Id.is_in(saved_offers.iter().map(|s| s.offer_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.slug)
        .collect();
    let searches = saved_search::Entity::find()
        .filter(saved_search::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let failures = sign_in_failure::Entity::find()
        .filter(sign_in_failure::Column::Account.eq(user.email.clone()))
        .order_by_asc(sign_in_failure::Column::CreatedAt)
        .all(db)
        .await?;
    let learning = crate::pathways::my_data::export(db, user.id).await?;
    Ok(Some(json!({
        "exported_at": Utc::now(),
        "learning": learning,
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.lang,
            "time_zone": user.time_zone,
            "role": user.role,
            "email_verified_at": user.email_verified_at,
            "created_at": user.created_at,
        },
        "organisation_memberships": memberships.iter().map(|m| json!({
            "organisation": organisations.iter().find(|o| o.id == m.organisation_id).map(|o| o.slug.clone()),
            "role": m.role,
        })).collect::<Vec<_>>(),
        "one_time_links": links.iter().map(|l| json!({
            "purpose": l.purpose, "sent_to": l.email, "created_at": l.created_at,
            "expires_at": l.expires_at, "used_at": l.used_at,
        })).collect::<Vec<_>>(),
        "emails": mails.iter().map(|m| json!({
            "to": m.to_address, "subject": m.subject, "body": m.body,
            "created_at": m.created_at, "sent_at": m.sent_at,
        })).collect::<Vec<_>>(),
        "saved_offers": saved_slugs,
        "saved_searches": searches.iter().map(|s| json!({
            "query": s.query, "language": s.lang, "email_alert": s.alert,
            "created_at": s.created_at, "last_sent_at": s.last_sent_at,
        })).collect::<Vec<_>>(),
        "failed_sign_ins": failures.iter().map(|f| json!({
            "ip": f.ip, "at": f.created_at,
        })).collect::<Vec<_>>(),
    })))
}

/// Erases the account once the password is confirmed, then signs out.
pub async fn delete(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let Some(viewer) = context.viewer else {
        return http::StatusCode::FORBIDDEN.into_response();
    };
    let mut form = Submission::new(session, lang, format!("/{}/account/delete", lang.code()), fields);
    let user = match users::find(&state.db, viewer.id).await {
        Ok(Some(user)) => user,
        Ok(None) => return internal("signed-in user vanished"),
        Err(error) => return internal(error),
    };
    match users::verify_password(form.raw("password").to_string(), user.password_hash.clone()).await {
        Ok(true) => {}
        Ok(false) => {
            form.reject("password", Message::new("accounts-password-wrong"));
            return form.back().await;
        }
        Err(error) => return internal(error),
    }
    if user.role == "admin" && super::super::users::admin_count(&state.db).await.unwrap_or(0) <= 1 {
        form.reject("password", Message::new("admin-last-admin"));
        return form.back().await;
    }
    if let Err(error) = users::erase(&state.db, &user).await {
        return internal(error);
    }
    if let Err(error) = session::sign_out(&form.session).await {
        return internal(error);
    }
    done(
        &form.session,
        &format!("/{}/", lang.code()),
        Message::new("accounts-notice-deleted"),
    )
    .await
}
