//! Progress without an account is never lost: the resume code brings it back on another
//! device, and signing in moves it into the account.

use crate::pathways_journey::{send_step, SLUG};
use crate::sql::scalar;
use crate::support::{each_db, location};

const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");

/// The resume code shown on a page.
fn code_on(page: &crate::support::Page) -> String {
    page.texts(".resume-code code")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no resume code: {}", page.body))
}

#[tokio::test]
async fn a_resume_code_brings_anonymous_progress_to_another_device() {
    for app in each_db().await {
        let name = app.name;
        let mut first = app.client();
        let sent = send_step(&mut first, SLUG, 1, &[("action", "done")]).await;
        let page = first.follow(&sent).await;
        let code = code_on(&page);
        assert!(
            page.body.contains(&format!("/en/resume/{code}")),
            "[{name}] resume link"
        );
        // Another device: the link shows the code in a form; confirming brings the progress.
        let mut second = app.client();
        let form = second.ok_page(&format!("/en/resume/{code}")).await;
        assert_eq!(form.attrs("input[name=code]", "value"), vec![code.clone()]);
        let typed = code.to_lowercase().replace('-', " ");
        let sent = second
            .submit(&format!("/en/resume/{code}"), "/en/resume", &[("code", &typed)])
            .await;
        // It lands on the next step to do.
        assert_eq!(
            location(&sent),
            format!("/en/pathways/{SLUG}/steps/2"),
            "[{name}]"
        );
        let page = second.ok_page(&format!("/en/pathways/{SLUG}")).await;
        assert!(page.body.contains("1 of"), "[{name}] progress back");
        assert_eq!(
            page.headers["cache-control"], "no-store",
            "[{name}] personal: never cached"
        );
        assert_eq!(
            page.attrs("a.button", "href"),
            vec![format!("/en/pathways/{SLUG}/steps/2")]
        );
        // A wrong code: a clear message, the value kept; too many: wait.
        let mut stranger = app.client();
        stranger.ip = "198.51.100.7".into();
        let sent = stranger
            .submit("/en/resume", "/en/resume", &[("code", "AAAAA-BBBBB")])
            .await;
        let page = stranger.follow(&sent).await;
        assert!(page.body.contains("does not match"), "[{name}]");
        assert_eq!(page.attrs("input[name=code]", "value"), vec!["AAAAA-BBBBB"]);
        for _ in 0..5 {
            stranger
                .submit("/en/resume", "/en/resume", &[("code", "' OR 1=1 --")])
                .await;
        }
        let sent = stranger
            .submit("/en/resume", "/en/resume", &[("code", &code)])
            .await;
        let page = stranger.follow(&sent).await;
        assert!(page.body.contains("minute"), "[{name}] rate limited");
    }
}

#[tokio::test]
async fn the_link_lands_on_the_next_step_of_its_pathway_and_entries_are_visible() {
    for app in each_db().await {
        let name = app.name;
        let mut first = app.client();
        for n in 1..=2 {
            send_step(&mut first, SLUG, n, &[("action", "done")]).await;
        }
        let page = first.ok_page(&format!("/en/pathways/{SLUG}/steps/3")).await;
        let code = code_on(&page);
        let link = page
            .attrs(".resume-note a", "href")
            .into_iter()
            .find(|h| h.contains("/resume/"))
            .unwrap_or_default();
        let path = link
            .split_once("/en/")
            .map(|(_, rest)| format!("/en/{rest}"))
            .unwrap_or_default();
        let mut second = app.client();
        let form = second.ok_page(&path).await;
        assert_eq!(
            form.attrs("input[name=code]", "value"),
            vec![code.clone()],
            "[{name}]"
        );
        let next = form.attrs("input[name=next]", "value");
        let mut fields = vec![("code", code.as_str())];
        if let Some(next) = next.first() {
            fields.push(("next", next.as_str()));
        }
        let sent = second.submit(&path, "/en/resume", &fields).await;
        assert_eq!(
            location(&sent),
            format!("/en/pathways/{SLUG}/steps/3"),
            "[{name}]"
        );
        // "I have a resume code" is in view on the pathways list and the home page.
        for page in ["/en/pathways", "/en/", "/fr/pathways"] {
            let page = app.ok(page).await;
            let lang = &page_lang(&page);
            assert!(
                page.attrs("a", "href").contains(&format!("/{lang}/resume")),
                "[{name}] resume entry on {lang}"
            );
        }
    }
}

fn page_lang(page: &crate::support::Page) -> String {
    page.attrs("html", "lang").into_iter().next().unwrap_or_default()
}

#[tokio::test]
async fn signing_in_moves_anonymous_progress_into_the_account() {
    for app in each_db().await {
        let name = app.name;
        let mut client = app.client();
        let sent = send_step(&mut client, SLUG, 1, &[("action", "done")]).await;
        let code = code_on(&client.follow(&sent).await);
        client.sign_in(MODERATOR.0, MODERATOR.1).await;
        let account = client.ok_page("/en/account").await;
        assert!(account.body.contains("Continue where you left off"), "[{name}]");
        assert!(
            account
                .attrs("a.button", "href")
                .contains(&format!("/en/pathways/{SLUG}/steps/2")),
            "[{name}]"
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM learners WHERE user_id IS NOT NULL").await,
            1,
            "[{name}]"
        );
        // The code now belongs to an account: it opens nothing any more.
        let mut other = app.client();
        other.ip = "203.0.113.9".into();
        let sent = other.submit("/en/resume", "/en/resume", &[("code", &code)]).await;
        assert_eq!(location(&sent), "/en/resume", "[{name}]");
        // My data holds the learning; deleting the account erases it.
        let data = client.ok_page("/en/account/data.json").await;
        let json: serde_json::Value = serde_json::from_str(&data.body).unwrap_or_default();
        assert_eq!(
            json["learning"]["steps_done"].as_array().map(Vec::len),
            Some(1),
            "[{name}]"
        );
        let deleted = client
            .submit(
                "/en/account/delete",
                "/en/account/delete",
                &[("password", MODERATOR.1)],
            )
            .await;
        assert_eq!(location(&deleted), "/en/", "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM learners").await, 0, "[{name}]");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM step_completions").await,
            0,
            "[{name}]"
        );
    }
}
