//! Webinars where people meet them: the next ones on the home page, on the pages of the job
//! profiles they are about, of the organisations that run them (or whose people speak), and
//! of the interviews of their speakers; and every published webinar in `sitemap.xml` with
//! its alternates in the other languages. Never a join link on any of these pages.

use crate::sql::texts;
use crate::support::each_db;
use crate::webinars::slugs;

const WEBINAR: &str = "inside-a-volunteer-matching-platform";

fn next_webinars(page: &crate::support::Page) -> Vec<String> {
    page.attrs("#next-webinars ~ ul .webinar-card h3 a", "href")
        .into_iter()
        .map(|href| href.rsplit('/').next().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn pages_show_the_next_webinars_related_to_them() {
    for app in each_db().await {
        let soonest: Vec<String> = slugs(&app, false).await.into_iter().take(3).collect();
        let home = app.ok("/en/").await;
        assert_eq!(next_webinars(&home), soonest, "[{}] the home page", app.name);

        for page in [
            "/en/jobs/fundraising-crm-specialist",
            "/en/organisations/civic-stack-studio",
            "/en/interviews/thomas-renard-crm-fundraising",
        ] {
            let shown = next_webinars(&app.ok(page).await);
            assert!(
                shown.contains(&WEBINAR.to_string()),
                "[{}] {page}: {shown:?}",
                app.name
            );
        }
        // A past webinar is not "next"; a page with none shows no empty section.
        let job = app.ok("/en/jobs/open-data-officer").await;
        assert!(
            !next_webinars(&job).contains(&"une-journee-de-data-steward".to_string()),
            "[{}]",
            app.name
        );

        let links = texts(&app, "SELECT join_url FROM webinars WHERE join_url IS NOT NULL").await;
        for uri in [
            "/en/",
            "/fr/jobs/fundraising-crm-specialist",
            "/es/organisations/civic-stack-studio",
            "/it/interviews/thomas-renard-crm-fundraising",
        ] {
            let body = app.ok(uri).await.body;
            for link in &links {
                assert!(!body.contains(link.as_str()), "[{}] {uri} shows {link}", app.name);
            }
        }
    }
}

#[tokio::test]
async fn the_sitemap_lists_every_published_webinar_in_every_language() {
    for app in each_db().await {
        app.exec(&format!(
            "UPDATE webinars SET status = 'draft' WHERE slug = '{WEBINAR}'"
        ))
        .await;
        let sitemap = app.ok("/sitemap.xml").await.body;
        for slug in slugs(&app, false)
            .await
            .iter()
            .chain(slugs(&app, true).await.iter())
        {
            for lang in ["en", "fr", "es", "it"] {
                assert!(
                    sitemap.contains(&format!("<loc>https://academy.test/{lang}/webinars/{slug}</loc>")),
                    "[{}] {lang} {slug}",
                    app.name
                );
            }
            assert!(sitemap.contains(&format!(
                "hreflang=\"it\" href=\"https://academy.test/it/webinars/{slug}\""
            )));
        }
        assert!(sitemap.contains("<loc>https://academy.test/fr/webinars</loc>"));
        assert!(!sitemap.contains(WEBINAR), "[{}] a draft is not in it", app.name);
    }
}

#[tokio::test]
async fn a_watch_step_shows_a_webinar_replay_and_the_webinar_links_back() {
    for app in each_db().await {
        use crate::sql::{scalar, text};
        use crate::support::location;
        let pathway = "open-data-for-associations";
        let replay = "une-journee-de-data-steward";
        let id = scalar(&app, &format!("SELECT id FROM pathways WHERE slug = '{pathway}'")).await;
        let n = scalar(
            &app,
            &format!("SELECT position FROM pathway_steps WHERE pathway_id = {id} AND webinar_id IS NOT NULL"),
        )
        .await;
        let step = app.ok(&format!("/en/pathways/{pathway}/steps/{n}")).await;
        assert!(
            step.attrs("main a.button", "href")
                .contains(&format!("/en/webinars/{replay}")),
            "[{}] the step links to the webinar",
            app.name
        );
        let page = app.ok(&format!("/en/webinars/{replay}")).await;
        assert!(
            page.attrs("main a", "href")
                .contains(&format!("/en/pathways/{pathway}/steps/{n}")),
            "[{}] and the webinar back to the step",
            app.name
        );

        // The step's form names the webinar; another replay, with no address of its own, is a
        // change for review; approved, the step shows the other one.
        let original = text(
            &app,
            &format!("SELECT original_lang FROM pathways WHERE id = {id}"),
        )
        .await;
        let form = format!("/{original}/partner/pathways/{id}/steps/{n}");
        let mut editor = crate::authorization::person(
            &app,
            Some((
                "editor.data-citoyenne-bruxelles@example.org",
                "demo editor of the academy",
            )),
        )
        .await;
        let opened = editor.ok_page(&form).await;
        assert_eq!(
            opened.attrs("#field-webinar option[selected]", "value"),
            vec![replay]
        );
        let other = "refurbishing-laptops-for-people-in-need";
        let saved = editor
            .send_form(&form, &[("action", "save"), ("webinar", other), ("url", "")])
            .await;
        assert!(
            location(&saved).starts_with(&format!("/{original}/partner/pathways/{id}"))
                && !location(&saved).contains("/steps/"),
            "[{}] {}",
            app.name,
            location(&saved)
        );
        let mut moderator = crate::authorization::person(
            &app,
            Some(("moderator@example.org", "demo moderator of the academy")),
        )
        .await;
        let review = format!("/en/moderation/pathways/{id}");
        moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        let step = app.ok(&format!("/en/pathways/{pathway}/steps/{n}")).await;
        assert!(
            step.attrs("main a.button", "href")
                .contains(&format!("/en/webinars/{other}")),
            "[{}]",
            app.name
        );
    }
}
