//! A webinar's registrations for its organisers — the editors of its organisation — and the
//! administrators (nobody else: they are personal data): the list, the attendee list as CSV
//! (`GET /{lang}/partner/webinars/{id}/registrations.csv`), and closing or reopening
//! registration at once (`POST …/registrations/open`), which needs no review.

use super::model::{RegistrationRow, RegistrationsView};
use crate::auth::model::{Role, Viewer};
use crate::content::ContentKind;
use crate::entities::{user, webinar, webinar_registration};
use crate::error::AppError;
use crate::i18n::{tr, Lang};
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use crate::webinars::codes::RegistrationStatus;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/partner/webinars/{id}/registrations.csv", get(export))
        .route("/{lang}/partner/webinars/{id}/registrations/open", post(set_open))
}

/// Webinar `id`, when `viewer` organises it (an editor of its organisation) or administers
/// the site; a webinar of another organisation is "not found", like its drafts.
pub async fn organised_by(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    id: i32,
) -> Result<webinar::Model, AppError> {
    let row = webinar::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let member = row
        .organisation_id
        .is_some_and(|org| viewer.organisation_ids.contains(&org));
    if viewer.role == Role::Admin || member {
        Ok(row)
    } else {
        Err(AppError::NotFound)
    }
}

/// The registrations of `row` (live ones first by status, then the cancelled), oldest first.
async fn rows(db: &impl ConnectionTrait, row: &webinar::Model) -> Result<Vec<RegistrationRow>, AppError> {
    let regs = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::WebinarId.eq(row.id))
        .order_by_asc(webinar_registration::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(regs.iter().filter_map(|r| r.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let order = |s: RegistrationStatus| match s {
        RegistrationStatus::Confirmed => 0,
        RegistrationStatus::Waiting => 1,
        RegistrationStatus::Pending => 2,
        RegistrationStatus::Cancelled => 3,
    };
    let mut all: Vec<RegistrationRow> = regs
        .into_iter()
        .map(|r| RegistrationRow {
            who: r
                .user_id
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_else(|| r.email.clone()),
            email: r.email,
            status: r.status,
            registered_at: r.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        })
        .collect();
    all.sort_by_key(|r| order(r.status));
    Ok(all)
}

/// The registrations page of webinar `id`.
pub async fn view(
    db: &DatabaseConnection,
    viewer: &Viewer,
    lang: Lang,
    id: i32,
    zone: &str,
) -> Result<RegistrationsView, AppError> {
    let row = organised_by(db, viewer, id).await?;
    let title = crate::webinars::registration_http::title_of(db, &row, lang).await?;
    Ok(RegistrationsView {
        id,
        title,
        slug: row.slug.clone(),
        when: crate::webinars::when::when(row.starts_at, row.duration_minutes, zone, lang),
        open: row.registration_open,
        capacity: row.capacity,
        seats_taken: row.seats_taken,
        rows: rows(db, &row).await?,
    })
}

#[derive(Deserialize)]
struct IdPath {
    lang: String,
    id: String,
}

fn viewer_of(context: &RequestContext) -> Result<Viewer, AppError> {
    context.viewer.clone().ok_or(AppError::Forbidden)
}

/// The attendee list as CSV: name or address, address, status (in the page's language),
/// registered at.
async fn export(
    State(state): State<AppState>,
    Path(IdPath { lang, id }): Path<IdPath>,
    Extension(context): Extension<RequestContext>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let viewer = viewer_of(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let row = organised_by(&state.db, &viewer, id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = ["who", "email", "status", "registered-at"]
        .map(|k| tr(lang, &format!("partner-registrations-column-{k}")));
    let written = out.write_record(&header).is_ok()
        && rows(&state.db, &row).await?.iter().all(|r| {
            out.write_record([
                r.who.as_str(),
                r.email.as_str(),
                tr(lang, &r.status.label_key()).as_str(),
                r.registered_at.as_str(),
            ])
            .is_ok()
        });
    let body = out
        .into_inner()
        .ok()
        .filter(|_| written)
        .ok_or_else(|| AppError::internal("writing the registrations as CSV"))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}-registrations.csv\"", row.slug),
            ),
            (axum::http::header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

/// Opens (`open=1`) or closes registration; logged like every write.
async fn set_open(
    State(state): State<AppState>,
    Path(IdPath { lang: _, id }): Path<IdPath>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    use crate::auth::permissions::Action;
    use crate::content::write::{item, Write};
    use sea_orm::{ActiveModelTrait, Set};
    let viewer = viewer_of(&context)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    organised_by(&state.db, &viewer, id).await?;
    let open = form.raw("open") == "1";
    let found = item(&state.db, ContentKind::Webinar, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut write = Write::begin(&state.db, Some(&viewer), Action::Edit, found, Some(id)).await?;
    webinar::ActiveModel {
        id: Set(id),
        registration_open: Set(open),
        ..Default::default()
    }
    .update(write.txn())
    .await?;
    write.changes(vec!["registration_open".into()]);
    write.commit().await?;
    let notice = if open {
        "partner-notice-registration-opened"
    } else {
        "partner-notice-registration-closed"
    };
    let page = Route::PartnerWebinarRegistrations(id).at(form.lang);
    Ok(done(&form.session, &page, Message::new(notice)).await)
}
