//! Webinars as iCalendar (RFC 5545, the `icalendar` crate): one event per webinar, its start
//! and end as UTC instants (a calendar shows them in its own zone, right across daylight-saving
//! changes), its page as URL, and the join link only in a registrant's private calendar.

use icalendar::{Calendar, Component, Event, EventLike};

/// What one event of a calendar says.
pub struct CalendarEvent {
    /// Stable across downloads: a calendar updates the event instead of adding another.
    pub uid: String,
    pub title: String,
    pub description: String,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub minutes: i32,
    pub page_url: String,
    /// When the webinar was last written (`DTSTAMP`; fixed, so the file is the same each time).
    pub stamp: chrono::DateTime<chrono::Utc>,
    /// Only in a registrant's own calendar.
    pub join_url: Option<String>,
    pub cancelled: bool,
}

/// The calendar named `name` with `events`, as text.
pub fn calendar(name: &str, events: &[CalendarEvent]) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for e in events {
        let mut event = Event::new();
        event
            .uid(&e.uid)
            .summary(&e.title)
            .description(&match &e.join_url {
                Some(join) => format!("{}\n\n{join}\n\n{}", e.description, e.page_url),
                None => format!("{}\n\n{}", e.description, e.page_url),
            })
            .starts(e.starts_at)
            .ends(e.starts_at + chrono::Duration::minutes(i64::from(e.minutes)))
            .url(&e.page_url)
            .timestamp(e.stamp);
        if let Some(join) = &e.join_url {
            event.location(join);
        }
        if e.cancelled {
            event.status(icalendar::EventStatus::Cancelled);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}
