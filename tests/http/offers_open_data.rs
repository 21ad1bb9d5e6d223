//! Offers for other platforms (JSON-LD, Atom) and on the pages of organisations and jobs.

use crate::offers::OPEN;
use crate::sql::{scalar, text, texts};
use crate::support::each_db;

#[tokio::test]
async fn every_demo_offer_has_valid_structured_data() {
    for app in each_db().await {
        for slug in texts(&app, "SELECT slug FROM offers WHERE status = 'published'").await {
            let page = app.ok(&format!("/en/offers/{slug}")).await;
            let scripts = page.texts("script[type='application/ld+json']");
            assert_eq!(scripts.len(), 1, "{slug}");
            let data: serde_json::Value =
                serde_json::from_str(&scripts[0]).unwrap_or_else(|e| panic!("{slug}: {e}"));
            let s = |v: &serde_json::Value| v.as_str().map(str::to_string).unwrap_or_default();
            match s(&data["@type"]).as_str() {
                "JobPosting" => {
                    for field in ["title", "description", "datePosted", "employmentType"] {
                        assert!(!s(&data[field]).is_empty(), "{slug}: {field}");
                    }
                    assert!(chrono::NaiveDate::parse_from_str(&s(&data["datePosted"]), "%Y-%m-%d").is_ok());
                    if !data["validThrough"].is_null() {
                        assert!(
                            chrono::NaiveDate::parse_from_str(&s(&data["validThrough"]), "%Y-%m-%d").is_ok()
                        );
                    }
                    assert_eq!(s(&data["hiringOrganization"]["@type"]), "Organization");
                    assert!(!s(&data["hiringOrganization"]["name"]).is_empty());
                    let remote = s(&data["jobLocationType"]) == "TELECOMMUTE";
                    if remote {
                        assert_eq!(
                            s(&data["applicantLocationRequirements"]["@type"]),
                            "Country",
                            "{slug}"
                        );
                    }
                    if !remote || !data["jobLocation"].is_null() {
                        assert_eq!(s(&data["jobLocation"]["@type"]), "Place", "{slug}");
                        assert_eq!(
                            s(&data["jobLocation"]["address"]["addressCountry"]).len(),
                            2,
                            "{slug}"
                        );
                    }
                    assert!([
                        "FULL_TIME",
                        "PART_TIME",
                        "CONTRACTOR",
                        "TEMPORARY",
                        "INTERN",
                        "VOLUNTEER",
                        "OTHER"
                    ]
                    .contains(&s(&data["employmentType"]).as_str()));
                }
                "Course" => {
                    for field in ["name", "description"] {
                        assert!(!s(&data[field]).is_empty(), "{slug}: {field}");
                    }
                    assert_eq!(s(&data["provider"]["@type"]), "Organization");
                    let instance = &data["hasCourseInstance"][0];
                    assert_eq!(s(&instance["@type"]), "CourseInstance");
                    assert!(["online", "onsite", "blended"].contains(&s(&instance["courseMode"]).as_str()));
                }
                other => panic!("{slug}: unexpected @type {other}"),
            }
        }
    }
}

#[tokio::test]
async fn the_atom_feed_is_valid_and_follows_the_filters() {
    for app in each_db().await {
        let page = app.ok("/it/offers?kind=training").await;
        let feed_link = page.attrs("link[type='application/atom+xml']", "href");
        assert_eq!(
            feed_link,
            vec!["https://academy.test/it/offers/feed.atom?kind=training"]
        );
        let feed = app.ok("/it/offers/feed.atom?kind=training").await;
        assert!(feed.headers["content-type"]
            .to_str()
            .unwrap_or_default()
            .starts_with("application/atom+xml"));
        let parsed = atom_syndication::Feed::read_from(feed.body.as_bytes())
            .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        assert_eq!(parsed.lang(), Some("it"));
        assert!(!parsed.entries().is_empty());
        let open_training = scalar(
            &app,
            &format!("SELECT COUNT(*) FROM offers WHERE {OPEN} AND kind = 'training'"),
        )
        .await;
        assert_eq!(parsed.entries().len() as i64, open_training.min(20));
        for entry in parsed.entries() {
            assert!(entry.links()[0]
                .href()
                .starts_with("https://academy.test/it/offers/"));
            assert!(!entry.title().as_str().is_empty());
        }
        let all =
            atom_syndication::Feed::read_from(app.ok("/en/offers/feed.atom?q=%22%2A(").await.body.as_bytes());
        assert!(all.is_ok(), "hostile queries give a valid feed too");
    }
}

#[tokio::test]
async fn organisation_and_job_profile_pages_list_their_open_offers() {
    for app in each_db().await {
        let org = app.ok("/es/organisations/conecta-mayores").await;
        let open = scalar(&app, &format!("SELECT COUNT(*) FROM offers WHERE {OPEN} AND organisation_id = (SELECT id FROM organisations WHERE slug = 'conecta-mayores')")).await;
        assert_eq!(
            org.texts("#open-offers + ul .offer-card").len() as i64,
            open,
            "[{}]",
            app.name
        );
        let profile = text(&app, &format!("SELECT p.slug FROM job_profiles p JOIN offers o ON o.job_profile_id = p.id WHERE o.{} LIMIT 1", OPEN.replace(" AND (", " AND (o."))).await;
        let page = app.ok(&format!("/en/jobs/{profile}")).await;
        assert!(
            !page.texts("#open-offers + ul .offer-card").is_empty(),
            "[{}] {profile}",
            app.name
        );
    }
}
