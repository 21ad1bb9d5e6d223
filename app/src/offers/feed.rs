//! `/{lang}/offers/feed.atom?…`: the newest open offers matching the same filters as the
//! search page, as an Atom feed (linked from the page head).

use crate::i18n::{tr, tr_args, Lang};
use crate::state::AppState;
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{NaiveDate, TimeZone, Utc};

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/offers/feed.atom", get(feed))
}

async fn feed(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(lang) = Lang::parse(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // The feed always lists the newest first, whatever the page's sort.
    let query = query.unwrap_or_default();
    let filtered: String = query
        .split('&')
        .filter(|p| !p.starts_with("sort=") && !p.starts_with("page="))
        .chain(std::iter::once("sort=newest"))
        .collect::<Vec<_>>()
        .join("&");
    let page = match super::service::list(&state.db, &state.offer_search, lang, &filtered).await {
        Ok(page) => page,
        Err(error) => return (error.status(), error.code()).into_response(),
    };
    let origin = state.public_url.trim_end_matches('/');
    let self_url = if query.is_empty() {
        format!("{origin}/{}/offers/feed.atom", lang.code())
    } else {
        format!("{origin}/{}/offers/feed.atom?{query}", lang.code())
    };
    let page_url = if query.is_empty() {
        format!("{origin}/{}/offers", lang.code())
    } else {
        format!("{origin}/{}/offers?{query}", lang.code())
    };
    let date = |iso: &str| -> FixedDateTime {
        let day = NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap_or_else(|_| Utc::now().date_naive());
        Utc.from_utc_datetime(&day.and_time(chrono::NaiveTime::MIN))
            .fixed_offset()
    };
    let entries: Vec<Entry> = page
        .items
        .iter()
        .map(|card| {
            let url = format!("{origin}/{}/offers/{}", lang.code(), card.slug);
            let place = match (&card.city, &card.country) {
                (Some(city), _) => city.clone(),
                (None, Some(country)) => tr(lang, &crate::catalogue::codes::country_key(country)),
                _ => String::new(),
            };
            let summary = tr_args(
                lang,
                "offers-feed-summary",
                &[
                    ("kind", tr(lang, &card.kind.label_key()).into()),
                    ("organisation", card.organisation.clone().into()),
                    ("place", place.into()),
                    ("mode", tr(lang, &card.work_mode.label_key()).into()),
                ],
            );
            let mut entry = Entry::default();
            entry.set_id(url.clone());
            entry.set_title(Text::plain(card.title.clone()));
            entry.set_updated(date(&card.posted_on));
            entry.set_published(Some(date(&card.posted_on)));
            entry.set_summary(Some(Text::plain(summary)));
            let mut link = Link::default();
            link.set_href(url);
            link.set_hreflang(Some(card.lang.code().to_string()));
            entry.set_links(vec![link]);
            let mut author = Person::default();
            author.set_name(card.organisation.clone());
            entry.set_authors(vec![author]);
            entry
        })
        .collect();
    let mut feed = Feed::default();
    feed.set_id(self_url.clone());
    feed.set_title(Text::plain(tr(lang, "offers-feed-title")));
    feed.set_subtitle(Some(Text::plain(tr(lang, "offers-intro"))));
    feed.set_lang(Some(lang.code().to_string()));
    feed.set_updated(
        entries
            .iter()
            .map(|e| *e.updated())
            .max()
            .unwrap_or_else(|| date("")),
    );
    let mut me = Link::default();
    me.set_href(self_url);
    me.set_rel("self");
    me.set_mime_type(Some("application/atom+xml".to_string()));
    let mut alternate = Link::default();
    alternate.set_href(page_url);
    alternate.set_rel("alternate");
    alternate.set_mime_type(Some("text/html".to_string()));
    feed.set_links(vec![me, alternate]);
    let mut author = Person::default();
    author.set_name(tr(lang, "site-name"));
    feed.set_authors(vec![author]);
    feed.set_entries(entries);
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response()
}
