//! A person's private calendar: every webinar they registered for, with the join link of the ones
//! they hold a seat at, at a secret address a calendar application subscribes to
//! (`/{lang}/webinars/my-calendar/{secret}.ics`). The address is shown on the account page and in
//! the confirmation mail; the account page's button (`POST /{lang}/webinars/my-calendar/reset`)
//! makes one, or a new one: the old one answers 404 at once.

use super::codes::RegistrationStatus;
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{user, webinar, webinar_registration, webinar_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Submission};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/webinars/my-calendar/reset", post(reset))
        .route("/{lang}/webinars/my-calendar/{file}", get(feed))
}

/// The path of the calendar whose secret is `token`.
pub fn path(lang: Lang, token: &str) -> String {
    format!("{}/my-calendar/{token}.ics", Route::Webinars.at(lang))
}

/// The secret of `person`'s calendar, made the first time it is asked for (two requests at
/// once agree: only a missing one is written, then it is read back).
pub async fn token_for(db: &impl ConnectionTrait, person: &user::Model) -> Result<String, AppError> {
    if let Some(token) = &person.calendar_token {
        return Ok(token.clone());
    }
    user::Entity::update_many()
        .col_expr(
            user::Column::CalendarToken,
            Expr::value(crate::auth::secret::random_token()),
        )
        .filter(user::Column::Id.eq(person.id))
        .filter(user::Column::CalendarToken.is_null())
        .exec(db)
        .await?;
    user::Entity::find_by_id(person.id)
        .one(db)
        .await?
        .and_then(|u| u.calendar_token)
        .ok_or(AppError::NotFound)
}

/// The absolute address of `person`'s calendar.
pub async fn feed_url(
    db: &impl ConnectionTrait,
    origin: &str,
    person: &user::Model,
    lang: Lang,
) -> Result<String, AppError> {
    let token = token_for(db, person).await?;
    Ok(format!("{}{}", origin.trim_end_matches('/'), path(lang, &token)))
}

async fn reset(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    form: Submission,
) -> Result<Response, AppError> {
    let viewer = context.viewer.ok_or(AppError::Forbidden)?;
    user::Entity::update_many()
        .col_expr(
            user::Column::CalendarToken,
            Expr::value(crate::auth::secret::random_token()),
        )
        .filter(user::Column::Id.eq(viewer.id))
        .exec(&state.db)
        .await?;
    Ok(done(
        &form.session,
        &format!("{}#my-calendar", Route::AccountWebinars.at(form.lang)),
        Message::new("webinars-notice-calendar-reset"),
    )
    .await)
}

#[derive(Deserialize)]
struct FeedPath {
    lang: String,
    file: String,
}

async fn feed(
    State(state): State<AppState>,
    Path(FeedPath { lang, file }): Path<FeedPath>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    if token.len() != 43 {
        return Err(AppError::NotFound);
    }
    let person = user::Entity::find()
        .filter(user::Column::CalendarToken.eq(token))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    super::registration_view::adopt(&state.db, super::registration_view::holder(&person)).await?;
    let regs = webinar_registration::Entity::find()
        .filter(webinar_registration::Column::UserId.eq(person.id))
        .filter(webinar_registration::Column::Status.ne(RegistrationStatus::Pending))
        .all(&state.db)
        .await?;
    // The last three months and what is ahead: a calendar keeps the older ones itself.
    let rows = webinar::Entity::find()
        .filter(webinar::Column::Id.is_in(regs.iter().map(|r| r.webinar_id)))
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .filter(webinar::Column::StartsAt.gt(Utc::now() - Duration::days(92)))
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let texts = Texts::<webinar_translation::Model>::load(&state.db, &ids).await?;
    let mut events = Vec::new();
    for row in &rows {
        // A cancelled registration stays, marked cancelled, so calendars take the event out.
        let Some(reg) = regs
            .iter()
            .filter(|r| r.webinar_id == row.id)
            .max_by_key(|r| (r.status != RegistrationStatus::Cancelled, r.id))
        else {
            continue;
        };
        let join = (reg.status == RegistrationStatus::Confirmed)
            .then(|| row.join_url.clone())
            .flatten();
        let mut event = super::http::event(&state.public_url, row, &texts, lang, join);
        event.cancelled = reg.status == RegistrationStatus::Cancelled;
        events.push(event);
    }
    let name = crate::i18n::tr(lang, "webinars-my-calendar-name");
    Ok(super::http::private_ics(super::calendar::calendar(
        &name, &events,
    )))
}
