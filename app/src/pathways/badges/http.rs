//! The open side of badges: each credential as JSON (with its verification) and as the signed
//! file, the issuer profile with its public keys, the key set, the revocation list; and the
//! administrators' revocation form.

use super::credential::{issuer_id, issuer_profile, revocation_list_id};
use super::signing::{public_jwk, public_keys};
use crate::accounts::context::RequestContext;
use crate::accounts::http::{done, internal, lang_of, Submission};
use crate::accounts::model::{Message, Role};
use crate::entities::badge;
use crate::i18n::{tr, Lang};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Json, Router};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/badges/{file}", get(file))
        .route("/.well-known/jwks.json", get(key_set))
        .route("/{lang}/admin/badges/{id}", post(revoke))
}

/// `/{lang}/badges/{id}.json` (or `.jwt`), and `/{lang}/badges/{id}` asked for as JSON only,
/// are answered by the language-free files: a machine reading a badge page's address gets
/// the credential and its verification.
pub async fn aliases(mut request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = request.uri().path().to_string();
    let mut parts = path.trim_start_matches('/').split('/');
    if let (Some(lang), Some("badges"), Some(file), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        if Lang::parse(lang).is_some() && !file.is_empty() {
            let wants_json = request
                .headers()
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|a| a.contains("application/json") && !a.contains("text/html"));
            let target = if file.ends_with(".json") || file.ends_with(".jwt") {
                Some(format!("/badges/{file}"))
            } else if wants_json {
                Some(format!("/badges/{file}.json"))
            } else {
                None
            };
            if let Some(uri) = target.and_then(|t| t.parse::<axum::http::Uri>().ok()) {
                *request.uri_mut() = uri;
            }
        }
    }
    next.run(request).await
}

fn origin(state: &AppState) -> String {
    state.public_url.trim_end_matches('/').to_string()
}

async fn file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let result = match file.as_str() {
        "issuer.json" => issuer(&state).await,
        "keys.json" => keys(&state).await,
        "revocations.json" => revocations(&state).await,
        _ => match file.rsplit_once('.') {
            Some((id, "json")) => one_json(&state, id).await,
            Some((id, "jwt")) => one_jwt(&state, id).await,
            _ => Ok(StatusCode::NOT_FOUND.into_response()),
        },
    };
    result.unwrap_or_else(internal)
}

async fn key_set(State(state): State<AppState>) -> Response {
    keys(&state).await.unwrap_or_else(internal)
}

async fn keys(state: &AppState) -> Result<Response, sea_orm::DbErr> {
    // Make sure a key exists before anyone asks for it.
    super::signing::issuer_key(&state.db).await?;
    let keys: Vec<Value> = public_keys(&state.db)
        .await?
        .iter()
        .map(|(kid, key)| public_jwk(kid, key))
        .collect();
    Ok(Json(json!({ "keys": keys })).into_response())
}

async fn issuer(state: &AppState) -> Result<Response, sea_orm::DbErr> {
    super::signing::issuer_key(&state.db).await?;
    let keys = public_keys(&state.db)
        .await?
        .iter()
        .map(|(kid, key)| public_jwk(kid, key))
        .collect();
    let origin = origin(state);
    Ok(Json(issuer_profile(
        &origin,
        &tr(Lang::En, "site-name"),
        &tr(Lang::En, "pathways-issuer-description"),
        keys,
    ))
    .into_response())
}

async fn revocations(state: &AppState) -> Result<Response, sea_orm::DbErr> {
    let revoked: Vec<Value> = badge::Entity::find()
        .filter(badge::Column::RevokedAt.is_not_null())
        .all(&state.db)
        .await?
        .into_iter()
        .map(|b| json!({ "id": format!("urn:uuid:{}", b.id), "revocationReason": b.revoked_reason }))
        .collect();
    let origin = origin(state);
    Ok(Json(json!({
        "id": revocation_list_id(&origin),
        "issuer": issuer_id(&origin),
        "revokedCredentials": revoked,
    }))
    .into_response())
}

async fn one_json(state: &AppState, id: &str) -> Result<Response, sea_orm::DbErr> {
    let Some(row) = badge::Entity::find_by_id(id.to_string()).one(&state.db).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let payload = super::verified_payload(&state.db, &row.credential).await?;
    let origin = origin(state);
    let issuer_ok = payload.as_ref().is_some_and(|p| {
        p["iss"] == json!(issuer_id(&origin)) && p["id"] == json!(format!("urn:uuid:{}", row.id))
    });
    let revoked = row.revoked_at.is_some();
    Ok(Json(json!({
        "id": row.id,
        "verification": {
            "valid": payload.is_some() && issuer_ok && !revoked,
            "signature": payload.is_some(),
            "issuer": issuer_ok,
            "revoked": revoked,
            "revokedAt": row.revoked_at,
            "revocationReason": row.revoked_reason,
        },
        "credential": payload,
        "jwt": row.credential,
    }))
    .into_response())
}

async fn one_jwt(state: &AppState, id: &str) -> Result<Response, sea_orm::DbErr> {
    let Some(row) = badge::Entity::find_by_id(id.to_string()).one(&state.db).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let disposition = format!("attachment; filename=\"badge-{}.jwt\"", row.id);
    Ok((
        [
            (header::CONTENT_TYPE, "application/vc+jwt".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        row.credential,
    )
        .into_response())
}

async fn revoke(
    State(state): State<AppState>,
    session: Session,
    Path((lang, id)): Path<(String, String)>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    // The authorization layer already required an administrator; checked again here.
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Admin)) {
        return StatusCode::FORBIDDEN.into_response();
    }
    // Back where the form was: the badge's page or the administrators' list.
    let back = if fields.iter().any(|(k, v)| k == "from" && v == "badge") {
        format!("/{}/badges/{id}", lang.code())
    } else {
        format!("/{}/admin/badges", lang.code())
    };
    let mut form = Submission::new(session, lang, back.clone(), fields);
    // One form per badge on the page: the field is named after the badge.
    let field = format!("reason-{id}");
    let reason = form.text(&field);
    if reason.is_empty() || reason.chars().count() > 500 {
        form.reject(&field, Message::new("pathways-revoke-reason-required"));
        return form.back().await;
    }
    match super::revoke(&state.db, &id, &reason).await {
        Ok(true) => done(&form.session, &back, Message::new("pathways-notice-revoked")).await,
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => internal(error),
    }
}
