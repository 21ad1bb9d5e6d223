//! What a competence profile opens: the suggestions page (ranked, explained, the same order
//! every time, filterable), "matches my profile" in the offers search, the JSON download (a
//! contract: snapshot), "my data" and the account's erasure.

use crate::assessment::{answer_area, assess};
use crate::sql::scalar;
use crate::support::{each_db, location};
use axum::http::StatusCode;

/// Open offers asking for at least one competence.
const OPEN_WITH_COMPETENCES: &str = "SELECT COUNT(DISTINCT o.id) FROM offers o \
     JOIN offer_competences c ON c.offer_id = o.id WHERE o.status = 'published' \
     AND (o.valid_until IS NULL OR o.valid_until >= CURRENT_DATE)";

#[tokio::test]
async fn suggestions_are_ranked_explained_and_the_same_every_time() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        let page = client.ok_page("/en/assessment/results").await;
        assert!(
            page.body.contains("Take the self-assessment"),
            "[{name}] invitation"
        );

        // Level 8 everywhere: every open offer asking for something is matched.
        assess(&mut client, "8").await;
        let page = client.ok_page("/en/assessment/results").await;
        let jobs = page.texts("#results-jobs ~ ol li");
        assert!(!jobs.is_empty(), "[{name}]");
        assert!(
            jobs[0].contains("You meet") && jobs[0].contains("skills this job asks for"),
            "[{name}] {jobs:?}"
        );
        let open = scalar(&app, OPEN_WITH_COMPETENCES).await;
        let count = page.texts("#results-offers ~ p[role=status]").join(" ");
        assert!(
            count.contains(&format!("{open} open offers")),
            "[{name}] {count} ({open})"
        );
        assert_eq!(page.texts(".fit-why").len(), (open as usize).min(20));
        // The same inputs, the same order.
        let again = client.ok_page("/en/assessment/results").await;
        assert_eq!(page.texts("main li a"), again.texts("main li a"), "[{name}]");
        // Filters like the offers search; a bad value is ignored and said so.
        let trainings = client.ok_page("/en/assessment/results?kind=training").await;
        let filtered = trainings.texts("#results-offers ~ p[role=status]").join(" ");
        assert_ne!(filtered, count, "[{name}]");
        let bad = client.ok_page("/en/assessment/results?kind=%FF&country=XX").await;
        assert!(bad.body.contains("could not be used"), "[{name}]");

        // Level 1 everywhere: pathways with something to add, explained in words.
        assess(&mut client, "1").await;
        let page = client.ok_page("/en/assessment/results").await;
        let pathways = page.texts("#results-pathways ~ ol li");
        assert!(!pathways.is_empty(), "[{name}]");
        assert!(
            pathways[0].contains("levels to your profile in"),
            "[{name}] {pathways:?}"
        );
        assert!(
            page.texts("#results-offers ~ p[role=status]").join(" ").len() < count.len() + 10,
            "[{name}]"
        );
    }
}

#[tokio::test]
async fn the_offers_search_filters_and_sorts_by_the_profile() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        // Without a profile: an invitation, and the filter is not applied.
        let page = client.ok_page("/en/offers?fit=mine").await;
        assert!(
            !page.attrs("a[href='/en/assessment']", "href").is_empty(),
            "[{name}]"
        );
        assert!(page.attrs("input[name=fit]", "name").is_empty());
        let all = page.texts(".result-count").join(" ");

        assess(&mut client, "8").await;
        let page = client.ok_page("/en/offers").await;
        assert_eq!(page.attrs("input[name=fit]", "value"), vec!["mine"], "[{name}]");
        assert!(page
            .attrs("select[name=sort] option", "value")
            .contains(&"fit".to_string()));
        let open = scalar(&app, OPEN_WITH_COMPETENCES).await;
        let mine = client.ok_page("/en/offers?fit=mine").await;
        let count = mine.texts(".result-count").join(" ");
        assert!(
            count.contains(&open.to_string()),
            "[{name}] {count} ({open}); all: {all}"
        );
        assert_eq!(mine.attrs("input[name=fit][checked]", "value"), vec!["mine"]);

        // Level 1 everywhere: fewer matches, and the order by fit puts the closest first.
        assess(&mut client, "1").await;
        let mine = client.ok_page("/en/offers?fit=mine").await;
        let fewer = mine.texts(".result-count").join(" ");
        assert_ne!(fewer, count, "[{name}]");
        let first = client.ok_page("/en/offers?sort=fit").await;
        let second = client.ok_page("/en/offers?sort=fit").await;
        assert_eq!(
            first.texts("main h2 a"),
            second.texts("main h2 a"),
            "[{name}] stable"
        );
        assert_eq!(first.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn the_profile_downloads_as_json_and_is_part_of_my_data() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        client
            .sign_in(
                "editor.civic-stack-studio@example.org",
                "demo editor of the academy",
            )
            .await;
        answer_area(&mut client, 1, "3").await;
        let page = client.ok_page("/en/assessment?area=2").await;
        let fields = crate::assessment::answer_fields(&page);
        client
            .send_form("/en/assessment?area=2", &[(fields[0].as_str(), "unknown")])
            .await;
        let download = client.ok_page("/en/assessment/profile.json").await;
        assert!(download.headers["content-disposition"]
            .to_str()
            .unwrap_or_default()
            .starts_with("attachment"));
        let value: serde_json::Value = serde_json::from_str(&download.body).unwrap_or_default();
        insta::assert_json_snapshot!("assessment_profile_json", crate::snapshots::redact(value));

        let data: serde_json::Value =
            serde_json::from_str(&client.ok_page("/en/account/data.json").await.body).unwrap_or_default();
        let competences = data["competence_profile"]["competences"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(competences.len(), 21, "[{name}]");
        assert_eq!(competences[0]["level"], 3, "[{name}]");
        // Deleting the account erases the answers.
        let deleted = client
            .submit(
                "/en/account/delete",
                "/en/account/delete",
                &[("password", "demo editor of the academy")],
            )
            .await;
        assert_eq!(location(&deleted), "/en/", "[{name}]");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM assessment_answers").await,
            0,
            "[{name}]"
        );
    }
}
