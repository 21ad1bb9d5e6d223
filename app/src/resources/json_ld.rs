//! schema.org data of a resource page: a `LearningResource` (a `VideoObject` for a recorded
//! talk) with its licence, languages, audiences, publisher and DigComp competences.

use super::codes::{Audience, ResourceKind};
use super::model::ResourceDetail;
use serde_json::{json, Value};

/// The JSON-LD of the resource page at `url`; `download` is the file's address, if any.
pub fn of(detail: &ResourceDetail, url: &str, download: Option<&str>) -> Value {
    let card = &detail.card;
    let kind = match card.kind {
        ResourceKind::RecordedTalk => "VideoObject",
        _ => "LearningResource",
    };
    let audiences: Vec<Value> = detail
        .audiences
        .iter()
        .map(|a| {
            let role = match a {
                Audience::Learner => "learner",
                Audience::JobSeeker => "job seeker",
                Audience::Organisation => "organisation",
            };
            json!({ "@type": "Audience", "audienceType": role })
        })
        .collect();
    let teaches: Vec<Value> = detail
        .competences
        .iter()
        .map(|(code, label, _)| {
            json!({
                "@type": "DefinedTerm",
                "termCode": code,
                "name": label,
                "inDefinedTermSet": "DigComp 2.2",
            })
        })
        .collect();
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": kind,
        "name": card.title,
        "description": card.summary,
        "url": url,
        "inLanguage": card.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "license": card.licence.url(),
        "learningResourceType": card.kind.code(),
        "datePublished": card.published_on,
        "audience": audiences,
        "teaches": teaches,
        "isAccessibleForFree": true,
    });
    if let Some((_, name)) = &card.organisation {
        data["publisher"] = json!({ "@type": "Organization", "name": name });
    }
    match (download, &card.file, &card.external_url) {
        (Some(href), Some(file), _) => {
            data["encoding"] = json!({
                "@type": "MediaObject",
                "contentUrl": href,
                "encodingFormat": file.media_type,
                "contentSize": format!("{} B", file.size_bytes),
            });
        }
        (_, _, Some(link)) => data["sameAs"] = json!(link),
        _ => {}
    }
    data
}
