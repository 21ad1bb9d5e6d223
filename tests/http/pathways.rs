//! Pathways: the demo content, the list and its filters, the pathway and step pages, and
//! bad addresses.

use crate::sql::{scalar, texts};
use crate::support::each_db;
use axum::http::StatusCode;

#[tokio::test]
async fn the_demo_has_six_pathways_with_every_step_kind_and_two_quizzes() {
    for app in each_db().await {
        let name = app.name;
        assert!(
            scalar(&app, "SELECT COUNT(*) FROM pathways").await >= 6,
            "[{name}]"
        );
        let sizes = texts(
            &app,
            "SELECT CAST(COUNT(*) AS TEXT) FROM pathway_steps GROUP BY pathway_id",
        )
        .await;
        assert!(
            sizes
                .iter()
                .all(|n| (5..=10).contains(&n.parse::<i32>().unwrap_or(0))),
            "[{name}] 5 to 10 steps: {sizes:?}"
        );
        let mut kinds = texts(&app, "SELECT DISTINCT kind FROM pathway_steps").await;
        kinds.sort();
        assert_eq!(
            kinds,
            vec!["external", "practise", "quiz", "read", "watch"],
            "[{name}]"
        );
        assert!(scalar(&app, "SELECT COUNT(*) FROM pathway_steps WHERE kind = 'quiz'").await >= 2);
        assert!(scalar(&app, "SELECT COUNT(*) FROM quiz_questions").await >= 6);
        // Four languages per pathway; some steps only in their original language.
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pathways p WHERE (SELECT COUNT(*) FROM pathway_translations t WHERE t.pathway_id = p.id) < 4"
            )
            .await,
            0
        );
        assert!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pathway_steps s WHERE (SELECT COUNT(*) FROM pathway_step_translations t WHERE t.step_id = s.id) = 1"
            )
            .await
                >= 3
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM pathways WHERE job_profile_id IS NULL").await,
            0,
            "[{name}] tied to job profiles"
        );
        assert!(scalar(&app, "SELECT COUNT(DISTINCT pathway_id) FROM pathway_competences").await >= 6);
    }
}

#[tokio::test]
async fn the_list_filters_by_job_competence_language_and_length() {
    for app in each_db().await {
        let name = app.name;
        let page = app.ok("/fr/pathways").await;
        let all = page.texts(".card h2");
        assert!(all.len() >= 6, "[{name}] {all:?}");
        assert_eq!(page.texts("h1").len(), 1, "[{name}]");
        let page = app.ok("/en/pathways?job_profile=open-data-officer").await;
        assert_eq!(
            page.texts(".card h2"),
            vec!["Open data for associations"],
            "[{name}]"
        );
        let page = app.ok("/en/pathways?competence=4.2").await;
        let titles = page.texts(".card h2");
        assert!(
            titles.iter().any(|t| t.starts_with("Privacy basics")),
            "[{name}] {titles:?}"
        );
        assert!(titles.len() < all.len(), "[{name}] {titles:?}");
        let page = app.ok("/en/pathways?duration=short").await;
        assert!(
            page.texts(".card h2").is_empty(),
            "[{name}] every demo pathway is over an hour"
        );
        let page = app.ok("/en/pathways?duration=medium&lang=it").await;
        let medium = page.texts(".card h2").len();
        assert!(medium > 0 && medium < all.len(), "[{name}] {medium}");
        // Unknown values are ignored with a notice, never an error.
        let page = app
            .ok("/en/pathways?job_profile=astronaut&competence=9.9&duration=forever&lang=xx")
            .await;
        assert_eq!(page.texts(".card h2").len(), all.len(), "[{name}]");
        assert!(page.body.contains("notice"), "[{name}]");
    }
}

#[tokio::test]
async fn a_pathway_page_shows_its_goal_competences_steps_and_course_data() {
    for app in each_db().await {
        let name = app.name;
        let page = app.ok("/fr/pathways/open-data-for-associations").await;
        assert_eq!(page.texts("h1").len(), 1, "[{name}]");
        assert_eq!(page.texts("ol.steps li").len(), 6, "[{name}]");
        assert_eq!(
            page.attrs("a.button", "href"),
            vec!["/fr/pathways/open-data-for-associations/steps/1"],
            "[{name}] start at step 1"
        );
        assert!(page.body.contains("Commencer le parcours"), "[{name}]");
        assert!(!page.texts("#competences-title + ul li").is_empty(), "[{name}]");
        let json: Vec<serde_json::Value> = page
            .html()
            .select(
                &scraper::Selector::parse("script[type='application/ld+json']")
                    .unwrap_or_else(|e| panic!("{e}")),
            )
            .filter_map(|s| serde_json::from_str(&s.text().collect::<String>()).ok())
            .collect();
        let course = json
            .iter()
            .find(|j| j["@type"] == "Course")
            .unwrap_or_else(|| panic!("[{name}] no Course"));
        assert!(course["name"].is_string() && course["description"].is_string());
        assert_eq!(course["provider"]["@type"], "Organization");
        assert_eq!(course["hasCourseInstance"]["@type"], "CourseInstance");
        // A step written only in the original language says so.
        let only_original = scalar(
            &app,
            "SELECT s.position FROM pathway_steps s JOIN pathways p ON p.id = s.pathway_id \
             WHERE p.slug = 'open-data-for-associations' \
             AND (SELECT COUNT(*) FROM pathway_step_translations t WHERE t.step_id = s.id) = 1",
        )
        .await;
        let step = app
            .ok(&format!(
                "/en/pathways/open-data-for-associations/steps/{only_original}"
            ))
            .await;
        assert!(step.body.contains("notice-lang"), "[{name}] fallback notice");
        assert_eq!(step.attrs("h1", "lang"), vec!["fr"], "[{name}]");
    }
}

#[tokio::test]
async fn each_step_kind_renders_what_it_needs() {
    for app in each_db().await {
        let name = app.name;
        for (kind, expect) in [
            ("watch", "#transcript-title"),
            ("practise", "fieldset.checklist input[type=checkbox]"),
            ("quiz", "fieldset.question input[type=radio]"),
            ("external", "#bring-back-title"),
            ("read", "form.done-form button"),
        ] {
            let found = texts(
                &app,
                &format!(
                    "SELECT p.slug || '/steps/' || CAST(s.position AS TEXT) FROM pathway_steps s \
                     JOIN pathways p ON p.id = s.pathway_id WHERE s.kind = '{kind}' ORDER BY s.id"
                ),
            )
            .await;
            let path = format!("/en/pathways/{}", found[0]);
            let page = app.ok(&path).await;
            let selector = scraper::Selector::parse(expect).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                page.html().select(&selector).next().is_some(),
                "[{name}] {kind}: {expect} on {path}"
            );
            if kind == "quiz" {
                // Nothing tells the right answer before an attempt.
                assert!(!page.body.contains("feedback"), "[{name}]");
            }
            if kind == "watch" || kind == "external" {
                assert!(
                    !page.attrs("a[rel~=external]", "href").is_empty(),
                    "[{name}] {kind} link"
                );
            }
        }
    }
}

#[tokio::test]
async fn bad_step_numbers_and_slugs_are_not_found_never_an_error() {
    for app in each_db().await {
        let name = app.name;
        for n in ["0", "-1", "abc", "1.5", "99", "99999999999999999999", "%00"] {
            let page = app
                .get(&format!("/en/pathways/open-data-for-associations/steps/{n}"))
                .await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "[{name}] step {n}");
            let mut client = app.client();
            let form = client
                .get("/en/pathways/open-data-for-associations/steps/1")
                .await;
            let token = crate::support::csrf_of(&form);
            let sent = client
                .post(
                    &format!("/en/pathways/open-data-for-associations/steps/{n}"),
                    &[("csrf_token", &token), ("action", "done")],
                )
                .await;
            assert_eq!(sent.status, StatusCode::NOT_FOUND, "[{name}] POST step {n}");
        }
        assert_eq!(
            app.get("/en/pathways/no-such-pathway").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/en/pathways/no-such-pathway/steps/1").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/en/badges/not-a-badge").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/badges/not-a-badge.json").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn job_profiles_and_offers_point_to_the_pathways_towards_them() {
    for app in each_db().await {
        let name = app.name;
        let job = app.ok("/en/jobs/open-data-officer").await;
        assert!(
            job.attrs("#pathways-towards ~ ul a", "href")
                .contains(&"/en/pathways/open-data-for-associations".to_string()),
            "[{name}]"
        );
        let slug = crate::sql::text(
            &app,
            "SELECT o.slug FROM offers o JOIN job_profiles j ON j.id = o.job_profile_id \
             WHERE j.slug = 'open-data-officer' ORDER BY o.id LIMIT 1",
        )
        .await;
        let offer = app.ok(&format!("/en/offers/{slug}")).await;
        assert!(
            offer.body.contains("/en/pathways/open-data-for-associations"),
            "[{name}] {slug}"
        );
    }
}
