//! schema.org data of a webinar page: an online `Event` (never its join link) with its status,
//! organiser, speakers, language, free registration's availability and, once it took place,
//! its recording.

use super::model::{Seats, WebinarDetail};
use serde_json::{json, Value};

/// The JSON-LD of the webinar page at `url`; `organiser_url` is its organisation's page.
pub fn of(detail: &WebinarDetail, url: &str, organiser_url: Option<&str>) -> Value {
    let card = &detail.card;
    let availability = match card.seats {
        Seats::Open | Seats::Left(_) => "https://schema.org/InStock",
        Seats::WaitingList => "https://schema.org/SoldOut",
        Seats::Closed => "https://schema.org/Discontinued",
    };
    let performers: Vec<Value> = detail
        .speakers
        .iter()
        .map(|s| json!({ "@type": "Person", "name": s.name, "jobTitle": s.role }))
        .collect();
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": card.title,
        "url": url,
        "startDate": detail.start_iso,
        "endDate": detail.end_iso,
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": { "@type": "VirtualLocation", "url": url },
        "inLanguage": card.spoken.code(),
        "isAccessibleForFree": true,
        "performer": performers,
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "availability": availability,
            "url": url,
        },
    });
    if let Some(capacity) = detail.capacity {
        data["maximumAttendeeCapacity"] = json!(capacity);
    }
    if let Some((_, name)) = &card.organisation {
        let mut organiser = json!({ "@type": "Organization", "name": name });
        if let Some(href) = organiser_url {
            organiser["url"] = json!(href);
        }
        data["organizer"] = organiser;
    }
    if let Some(replay) = &detail.replay_url {
        data["recordedIn"] = json!({ "@type": "VideoObject", "name": card.title, "url": replay });
    }
    data
}
