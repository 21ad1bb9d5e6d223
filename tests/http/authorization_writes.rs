//! Writes: every protected route refuses POST to whoever may not open it, and every form route
//! refuses a missing or wrong CSRF token, changing nothing.

use crate::authorization::{person, PEOPLE, ROUTES};
use crate::sql::scalar;
use crate::support::{csrf_of, each_db, location, TestApp};
use axum::http::StatusCode;

/// Protected routes that only take POST (the pages are `authorization::ROUTES`).
const POST_ONLY: [(&str, &[&str]); 2] = [
    ("/it/admin/badges/no-such-badge", &["admin"]),
    // An offer that does not exist: whoever may write is told so (404), nobody else gets in.
    ("/en/partner/offers/999999", &["editor", "admin"]),
];

#[tokio::test]
async fn every_protected_route_refuses_post_to_the_wrong_people() {
    for app in each_db().await {
        for (role, who) in PEOPLE {
            let mut client = person(&app, who).await;
            let token = csrf_of(&client.get("/en/account/sign-in").await);
            for (route, allowed) in ROUTES.into_iter().chain(POST_ONLY) {
                // An action no form has: whoever may write gets the form back, not a change.
                let page = client
                    .post(route, &[("csrf_token", &token), ("action", "nothing-at-all")])
                    .await;
                let what = format!("[{}] {role} POST {route}", app.name);
                if allowed.contains(&role) {
                    assert!(
                        !matches!(
                            page.status,
                            StatusCode::FORBIDDEN | StatusCode::INTERNAL_SERVER_ERROR
                        ),
                        "{what}: {}",
                        page.status
                    );
                    assert!(!location(&page).contains("/account/sign-in"), "{what}");
                } else if who.is_none() {
                    assert_eq!(page.status, StatusCode::SEE_OTHER, "{what}");
                    assert!(location(&page).contains("/account/sign-in?next="), "{what}");
                } else {
                    assert_eq!(page.status, StatusCode::FORBIDDEN, "{what}");
                    assert_eq!(page.texts("h1").len(), 1, "{what}: the 403 page");
                }
            }
        }
    }
}

/// Every form route, with fields that would change something if the token were accepted.
fn form_routes(badge: &str, token_path: &str) -> Vec<(String, Vec<(&'static str, String)>)> {
    let f = |pairs: &[(&'static str, &str)]| pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
    vec![
        (
            "/en/account/sign-up".into(),
            f(&[
                ("email", "csrf.victim@example.org"),
                ("display_name", "Victim"),
                ("password", "a long and private passphrase"),
                ("password_confirm", "a long and private passphrase"),
                ("language", "en"),
                ("time_zone", "UTC"),
            ]),
        ),
        (
            "/en/account/sign-in".into(),
            f(&[("email", "admin@example.org"), ("password", "x")]),
        ),
        ("/en/account/sign-out".into(), f(&[])),
        (
            "/en/account/profile".into(),
            f(&[
                ("action", "profile"),
                ("display_name", "Changed"),
                ("language", "en"),
                ("time_zone", "UTC"),
            ]),
        ),
        (
            "/en/account/forgot-password".into(),
            f(&[("email", "admin@example.org")]),
        ),
        (
            format!("/en/account/reset/{token_path}"),
            f(&[
                ("new_password", "another long passphrase"),
                ("new_password_confirm", "another long passphrase"),
            ]),
        ),
        (format!("/en/account/verify/{token_path}"), f(&[])),
        (
            "/en/account/delete".into(),
            f(&[("password", "demo admin of the academy")]),
        ),
        (
            "/en/offers".into(),
            f(&[("action", "save-search"), ("query", "kind=job")]),
        ),
        (
            "/en/offers/fr-developpeur-web-carnet-adherents-nantes".into(),
            f(&[("action", "save")]),
        ),
        (
            "/en/account/saved".into(),
            f(&[("action", "remove-search"), ("id", "1")]),
        ),
        (
            "/en/pathways/open-data-for-associations/steps/1".into(),
            f(&[("action", "done")]),
        ),
        (
            "/en/pathways/open-data-for-associations/badge".into(),
            f(&[("name", "Someone")]),
        ),
        ("/en/resume".into(), f(&[("code", "ABCDE-FGHJK")])),
        (
            "/en/admin/users/1".into(),
            f(&[("action", "role"), ("role", "learner")]),
        ),
        (
            format!("/en/admin/badges/{badge}"),
            f(&[(Box::leak(format!("reason-{badge}").into_boxed_str()), "no reason")]),
        ),
        (
            "/en/moderation".into(),
            f(&[("action", "verify"), ("organisation_id", "1")]),
        ),
        (
            "/en/partner/offers/new".into(),
            f(&[
                ("org", "bitsociale-cooperativa"),
                ("title", "Forged offer"),
                ("description_md", "Text"),
                ("kind", "job"),
                ("work_mode", "remote"),
                ("country", "FR"),
                ("original_lang", "en"),
            ]),
        ),
        (
            "/en/partner/offers/1".into(),
            f(&[("action", "submit"), ("version", "1"), ("title", "Forged")]),
        ),
    ]
}

/// A fingerprint of what a forged form could change.
async fn state(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM users",
        "SELECT COUNT(*) FROM users WHERE display_name = 'Changed'",
        "SELECT COUNT(*) FROM users WHERE role = 'admin'",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM saved_searches",
        "SELECT COUNT(*) FROM saved_offers",
        "SELECT COUNT(*) FROM step_completions",
        "SELECT COUNT(*) FROM badges WHERE revoked_at IS NOT NULL",
        "SELECT COUNT(*) FROM organisations WHERE verified",
        "SELECT COUNT(*) FROM offers",
        "SELECT COUNT(*) FROM offers WHERE status = 'in_review'",
        "SELECT COUNT(*) FROM offer_translations WHERE title = 'Forged'",
    ] {
        out.push(scalar(app, sql).await);
    }
    out
}

#[tokio::test]
async fn every_form_route_refuses_a_missing_or_wrong_csrf_token() {
    for app in each_db().await {
        let mut admin = person(&app, PEOPLE[4].1).await;
        let real = csrf_of(&admin.get("/en/account").await);
        let before = state(&app).await;
        for (route, fields) in form_routes(
            "no-such-badge",
            "not-a-real-token-but-long-enough-to-look-like-one",
        ) {
            for token in [None, Some("forged-token")] {
                let mut sent: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                if let Some(token) = token {
                    sent.push(("csrf_token", token));
                }
                let page = admin.post(&route, &sent).await;
                let what = format!("[{}] POST {route} with token {token:?}", app.name);
                // Back to the form with "this form expired", or refused: never done.
                assert!(
                    matches!(page.status, StatusCode::SEE_OTHER | StatusCode::FORBIDDEN),
                    "{what}: {}",
                    page.status
                );
                if page.status == StatusCode::SEE_OTHER {
                    assert_eq!(
                        location(&page).split('?').next(),
                        Some(route.as_str()),
                        "{what}: back to its form"
                    );
                }
                assert_eq!(state(&app).await, before, "{what}: nothing changed");
            }
        }
        // The person is still signed in, and the real token still works.
        assert_eq!(admin.get("/en/account").await.status, StatusCode::OK);
        assert!(!real.is_empty());
    }
}
