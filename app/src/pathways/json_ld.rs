//! schema.org `Course` of a pathway page.

use super::model::PathwayDetail;
use serde_json::{json, Value};

/// The JSON-LD of a pathway page at `url` in language `lang`.
pub fn of(detail: &PathwayDetail, url: &str, origin: &str, lang: &str) -> Value {
    let card = &detail.card;
    let provider = match &card.organisation {
        Some((slug, name)) => json!({
            "@type": "Organization",
            "name": name,
            "url": format!("{origin}/{lang}/organisations/{slug}"),
        }),
        None => json!({ "@type": "Organization", "name": "Social Tech Academy", "url": origin }),
    };
    let workload = format!("PT{}M", card.minutes);
    json!({
        "@context": "https://schema.org",
        "@type": "Course",
        "name": card.title,
        "description": card.goal,
        "url": url,
        "inLanguage": card.lang.code(),
        "provider": provider,
        "timeRequired": workload,
        "isAccessibleForFree": true,
        "educationalCredentialAwarded": "Open Badges 3.0",
        "teaches": detail.competences.iter().map(|c| format!("{} {}", c.code, c.label)).collect::<Vec<_>>(),
        "hasCourseInstance": {
            "@type": "CourseInstance",
            "courseMode": "online",
            "courseWorkload": workload,
        },
        "offers": {
            "@type": "Offer",
            "price": 0,
            "priceCurrency": "EUR",
            "category": "Free",
        },
    })
}
