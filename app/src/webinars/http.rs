//! The webinars' files: a webinar's public calendar (`/{lang}/webinars/{slug}.ics`, no join
//! link) and the Atom feed of upcoming webinars (`/{lang}/webinars/feed.atom`, the list's
//! filters in its query).

use super::calendar::{calendar, CalendarEvent};
use crate::catalogue::query::is_slug;
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{webinar, webinar_translation};
use crate::error::AppError;
use crate::i18n::{tr, Lang};
use crate::state::AppState;
use crate::web::urls::Route;
use atom_syndication::{Entry, Feed, Link, Text};
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(super::registration_http::routes())
        .merge(super::my_calendar::routes())
        .route("/{lang}/webinars/feed.atom", get(feed))
        .route("/{lang}/webinars/{slug}/calendar.ics", get(public_calendar))
}

/// `/{lang}/webinars/{slug}.ics` is answered by `/{lang}/webinars/{slug}/calendar.ics` (the
/// router matches whole segments only).
pub async fn calendar_alias(mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let mut parts = path.trim_start_matches('/').split('/');
    if let (Some(lang), Some("webinars"), Some(file), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        if let Some(slug) = file.strip_suffix(".ics").filter(|s| !s.is_empty()) {
            if let Ok(uri) = format!("/{lang}/webinars/{slug}/calendar.ics").parse() {
                *request.uri_mut() = uri;
            }
        }
    }
    next.run(request).await
}

#[derive(Deserialize)]
struct CalendarPath {
    lang: String,
    slug: String,
}

fn ics(body: String, file: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}.ics\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// A person's own calendar (with join links): never kept by a cache on the way.
pub fn private_ics(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

async fn public_calendar(
    State(state): State<AppState>,
    Path(CalendarPath { lang, slug }): Path<CalendarPath>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    if !is_slug(&slug) {
        return Err(AppError::NotFound);
    }
    let Some(row) = webinar::Entity::find()
        .filter(webinar::Column::Slug.eq(&slug))
        .filter(webinar::Column::Status.eq(ContentStatus::Published))
        .one(&state.db)
        .await?
    else {
        return Err(crate::content::items::unpublished(
            &state.db,
            crate::content::ContentKind::Webinar,
            &slug,
        )
        .await);
    };
    let texts = Texts::<webinar_translation::Model>::load(&state.db, &[row.id]).await?;
    let event = event(&state.public_url, &row, &texts, lang, None);
    let name = event.title.clone();
    Ok(ics(calendar(&name, &[event]), &slug))
}

/// The calendar event of `row` for a reader of `lang` (with `join_url` only for a registrant).
pub fn event(
    origin: &str,
    row: &webinar::Model,
    texts: &Texts<webinar_translation::Model>,
    lang: Lang,
    join_url: Option<String>,
) -> CalendarEvent {
    let (title, description) = texts
        .pick(row.id, row.original_lang, lang)
        .map(|(t, _)| (t.title.clone(), plain(&t.description_md)))
        .unwrap_or_else(|| (row.slug.clone(), String::new()));
    let origin = origin.trim_end_matches('/');
    let host = origin
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .to_string();
    CalendarEvent {
        uid: format!("webinar-{}@{host}", row.slug),
        title,
        description,
        starts_at: row.starts_at,
        minutes: row.duration_minutes,
        page_url: format!("{origin}{}", Route::Webinar(&row.slug).at(lang)),
        stamp: row.created_at,
        join_url,
        cancelled: false,
    }
}

/// Markdown as plain text for a calendar's description (marks dropped, paragraphs kept).
fn plain(markdown: &str) -> String {
    markdown
        .lines()
        .map(|l| {
            l.trim_start_matches(['#', '-', '*', '>', ' '])
                .replace("**", "")
                .replace('*', "")
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

async fn feed(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let query = query.unwrap_or_default();
    // Upcoming only, whatever the page's `when`.
    let filtered: String = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("when="))
        .chain(std::iter::once("when=upcoming"))
        .collect::<Vec<_>>()
        .join("&");
    let zone = crate::accounts::time_zone::default_for(lang);
    let page = super::service::list(&state.db, &state.offer_search.text, lang, &filtered, zone).await?;
    let self_url = state.absolute(&match query.is_empty() {
        true => Route::WebinarsFeed.at(lang),
        false => format!("{}?{query}", Route::WebinarsFeed.at(lang)),
    });
    let entries: Vec<Entry> = page
        .upcoming
        .iter()
        .map(|card| {
            let url = state.absolute(&Route::Webinar(&card.slug).at(lang));
            let updated = chrono::DateTime::parse_from_rfc3339(&card.starts_at).unwrap_or_default();
            let mut entry = Entry::default();
            entry.set_id(url.clone());
            entry.set_title(Text::plain(card.title.clone()));
            entry.set_updated(updated);
            entry.set_summary(Some(Text::plain(card.when.clone())));
            let mut link = Link::default();
            link.set_href(url);
            link.set_rel("alternate");
            entry.set_links(vec![link]);
            entry
        })
        .collect();
    let mut feed = Feed::default();
    feed.set_id(self_url.clone());
    feed.set_title(Text::plain(tr(lang, "webinars-title")));
    feed.set_updated(entries.first().map(|e| *e.updated()).unwrap_or_default());
    let mut link = Link::default();
    link.set_href(self_url);
    link.set_rel("self");
    feed.set_links(vec![link]);
    feed.set_entries(entries);
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response())
}
