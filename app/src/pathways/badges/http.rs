//! The open side of badges: each credential as JSON (with its verification) and as the signed
//! file, the issuer profile with its public keys, the key set, the revocation list; and the
//! administrators' revocation form.

use super::credential::{issuer_id, issuer_profile, revocation_list_id};
use super::signing::{public_jwk, public_keys};
use crate::auth::model::Role;
use crate::entities::badge;
use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use crate::state::AppState;
use crate::ui::dates::long_date_in;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use serde_json::{json, Value};

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

async fn file(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, AppError> {
    match file.as_str() {
        "issuer.json" => issuer(&state).await,
        "keys.json" => keys(&state).await,
        "revocations.json" => revocations(&state).await,
        _ => match file.rsplit_once('.') {
            Some((id, "json")) => one_json(&state, id).await,
            Some((id, "jwt")) => one_jwt(&state, id).await,
            Some((id, "svg")) => picture(&state, id, Picture::Svg).await,
            Some((id, "png")) => picture(&state, id, Picture::Png).await,
            _ => Err(AppError::NotFound),
        },
    }
}

async fn key_set(State(state): State<AppState>) -> Result<Response, AppError> {
    keys(&state).await
}

async fn keys(state: &AppState) -> Result<Response, AppError> {
    // Make sure a key exists before anyone asks for it.
    super::signing::issuer_key(&state.db).await?;
    let keys: Vec<Value> = public_keys(&state.db)
        .await?
        .iter()
        .map(|(kid, key)| public_jwk(kid, key))
        .collect();
    Ok(Json(json!({ "keys": keys })).into_response())
}

async fn issuer(state: &AppState) -> Result<Response, AppError> {
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

async fn revocations(state: &AppState) -> Result<Response, AppError> {
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

async fn one_json(state: &AppState, id: &str) -> Result<Response, AppError> {
    let Some(row) = badge::Entity::find_by_id(id.to_string()).one(&state.db).await? else {
        return Err(AppError::NotFound);
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

async fn one_jwt(state: &AppState, id: &str) -> Result<Response, AppError> {
    let Some(row) = badge::Entity::find_by_id(id.to_string()).one(&state.db).await? else {
        return Err(AppError::NotFound);
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

/// The two formats of a badge's picture.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Picture {
    Svg,
    Png,
}

/// The badge's picture in the language it was issued in, baked with its credential unless
/// it no longer holds (revoked or unverifiable: then the picture says so and carries nothing).
async fn picture(state: &AppState, id: &str, format: Picture) -> Result<Response, AppError> {
    let Some(row) = badge::Entity::find_by_id(id.to_string()).one(&state.db).await? else {
        return Err(AppError::NotFound);
    };
    let origin = origin(state);
    let view = super::view_of(&state.db, &origin, &row, None).await?;
    let lang = view.lang;
    let page = format!("{origin}{}", Route::Badge(&view.id).at(lang));
    let shown_page = page.split_once("://").map_or(page.as_str(), |(_, rest)| rest);
    let valid = view.signature_valid && view.issuer_valid && view.revoked_at.is_none();
    let revoked = match &view.revoked_at {
        Some(date) => Some(tr_args(
            lang,
            "pathways-badge-image-revoked",
            &[("date", long_date_in(lang, date).into())],
        )),
        None if !valid => Some(tr(lang, "pathways-verify-invalid")),
        None => None,
    };
    let art = super::image::Art {
        lang: lang.code(),
        issuer: &tr(lang, "site-name"),
        title: &view.achievement,
        earned_by: &tr_args(
            lang,
            "pathways-badge-image-earned-by",
            &[("name", view.recipient.clone().into())],
        ),
        date: &long_date_in(lang, &view.issued_at),
        check_at: &tr_args(
            lang,
            "pathways-badge-image-check",
            &[("address", shown_page.into())],
        ),
        revoked: revoked.as_deref(),
    };
    let svg = super::image::svg(&art);
    let (kind, body) = match format {
        Picture::Svg if valid => (
            "image/svg+xml",
            super::baking::bake_svg(&svg, &row.credential).into_bytes(),
        ),
        Picture::Svg => ("image/svg+xml", svg.into_bytes()),
        Picture::Png => {
            let png = super::image::png(&svg).ok_or(AppError::Internal)?;
            let png = if valid {
                super::baking::bake_png(&png, &row.credential)
            } else {
                png
            };
            ("image/png", png)
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            // Revocation must show within the hour.
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response())
}

/// The address of the revocation form.
#[derive(Deserialize)]
struct BadgePath {
    id: String,
}

async fn revoke(
    State(state): State<AppState>,
    Path(BadgePath { id }): Path<BadgePath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    // The authorization layer already required an administrator; checked again here.
    if !context.viewer.as_ref().is_some_and(|v| v.can(Role::Admin)) {
        return Err(AppError::Forbidden);
    }
    // Back where the form was: the badge's page or the administrators' list.
    form.path = if form.raw("from") == "badge" {
        Route::Badge(&id).at(form.lang)
    } else {
        Route::AdminBadges.at(form.lang)
    };
    // One form per badge on the page: the field is named after the badge.
    let field = format!("reason-{id}");
    let reason = form.text(&field);
    if reason.is_empty() || reason.chars().count() > 500 {
        form.reject(&field, Message::new("pathways-revoke-reason-required"));
        return Ok(form.back().await);
    }
    if !super::revoke(&state.db, &id, &reason).await? {
        return Err(AppError::NotFound);
    }
    Ok(done(&form.session, &form.path, Message::new("pathways-notice-revoked")).await)
}
