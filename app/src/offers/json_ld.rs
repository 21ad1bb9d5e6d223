//! schema.org data of an offer: `JobPosting` for jobs, internships and volunteering, `Course`
//! with a `CourseInstance` for training.

use super::codes::{OfferKind, WorkMode};
use super::model::OfferDetail;
use serde_json::{json, Value};

/// schema.org `employmentType` of a contract code.
fn employment_type(contract: Option<&str>, kind: OfferKind) -> &'static str {
    match (contract, kind) {
        (Some("permanent"), _) => "FULL_TIME",
        (Some("part_time"), _) => "PART_TIME",
        (Some("fixed_term"), _) => "TEMPORARY",
        (Some("freelance"), _) => "CONTRACTOR",
        (_, OfferKind::Internship) | (Some("internship"), _) => "INTERN",
        (_, OfferKind::Volunteering) | (Some("volunteer"), _) => "VOLUNTEER",
        _ => "OTHER",
    }
}

/// The JSON-LD of an offer page at `url`; `description` is the sanitised HTML.
pub fn of(detail: &OfferDetail, url: &str) -> Value {
    let card = &detail.card;
    let organisation = json!({
        "@type": "Organization",
        "name": card.organisation,
        "sameAs": detail.organisation_website,
    });
    let place = json!({
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": card.city,
            "addressCountry": card.country.clone().unwrap_or_else(|| detail.organisation_country.clone()),
        }
    });
    if card.kind == OfferKind::Training {
        let mode = match card.work_mode {
            WorkMode::Remote => "online",
            WorkMode::Hybrid => "blended",
            WorkMode::OnSite => "onsite",
        };
        let mut instance = json!({ "@type": "CourseInstance", "courseMode": mode });
        if let Some(start) = &detail.starts_on {
            instance["startDate"] = json!(start);
        }
        if mode != "online" {
            instance["location"] = place;
        }
        return json!({
            "@context": "https://schema.org",
            "@type": "Course",
            "name": card.title,
            "description": detail.description_html,
            "provider": organisation,
            "inLanguage": card.lang.code(),
            "url": url,
            "hasCourseInstance": [instance],
        });
    }
    let mut posting = json!({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": card.title,
        "description": detail.description_html,
        "datePosted": card.posted_on,
        "employmentType": employment_type(detail.contract.as_deref(), card.kind),
        "hiringOrganization": organisation,
        "inLanguage": card.lang.code(),
        "url": url,
        "directApply": false,
    });
    if let Some(until) = &card.valid_until {
        posting["validThrough"] = json!(until);
    }
    if let Some(pay) = &card.pay {
        let mut value = json!({ "@type": "QuantitativeValue", "unitText": pay.period.unit_text() });
        match pay.max {
            Some(max) => {
                value["minValue"] = json!(pay.min);
                value["maxValue"] = json!(max);
            }
            None => value["value"] = json!(pay.min),
        }
        posting["baseSalary"] =
            json!({ "@type": "MonetaryAmount", "currency": pay.currency, "value": value });
    }
    if card.work_mode.is_remote() {
        posting["jobLocationType"] = json!("TELECOMMUTE");
        let country = card
            .country
            .clone()
            .unwrap_or_else(|| detail.organisation_country.clone());
        posting["applicantLocationRequirements"] = json!({ "@type": "Country", "name": country });
    }
    if card.work_mode != WorkMode::Remote {
        posting["jobLocation"] = place;
    }
    posting
}
