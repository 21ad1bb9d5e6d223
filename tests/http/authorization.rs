//! The authorization layer: every protected route × every role, and the admin's forms.

use crate::sql::scalar;
use crate::support::{each_db, location, Client, TestApp};
use axum::http::StatusCode;

/// The demo people of each role (None: anonymous).
pub const PEOPLE: [(&str, Option<(&str, &str)>); 5] = [
    ("anonymous", None),
    (
        "learner",
        Some(("learner@example.org", "learner's own long passphrase")),
    ),
    (
        "editor",
        Some((
            "editor.bitsociale-cooperativa@example.org",
            "demo editor of the academy",
        )),
    ),
    (
        "moderator",
        Some(("moderator@example.org", "demo moderator of the academy")),
    ),
    ("admin", Some(("admin@example.org", "demo admin of the academy"))),
];

/// Every protected page, and the roles allowed in.
pub const ROUTES: [(&str, &[&str]); 17] = [
    ("/en/account/saved", &["learner", "editor", "moderator", "admin"]),
    (
        "/en/account/learning",
        &["learner", "editor", "moderator", "admin"],
    ),
    (
        "/en/account/webinars",
        &["learner", "editor", "moderator", "admin"],
    ),
    (
        "/en/account/profile",
        &["learner", "editor", "moderator", "admin"],
    ),
    ("/en/account", &["learner", "editor", "moderator", "admin"]),
    (
        "/en/account/data.json",
        &["learner", "editor", "moderator", "admin"],
    ),
    ("/en/account/delete", &["learner", "editor", "moderator", "admin"]),
    ("/en/partner", &["editor", "admin"]),
    (
        "/fr/partner?org=conecta-mayores&status=draft",
        &["editor", "admin"],
    ),
    ("/es/partner/offers/new", &["editor", "admin"]),
    ("/en/moderation", &["moderator", "admin"]),
    ("/fr/admin/users", &["admin"]),
    ("/fr/admin/users/1", &["admin"]),
    ("/fr/admin/users?q=example", &["admin"]),
    ("/es/admin/outbox", &["admin"]),
    ("/it/admin/badges", &["admin"]),
    ("/fr/admin/jobs", &["admin"]),
];

pub async fn person<'a>(app: &'a TestApp, who: Option<(&str, &str)>) -> Client<'a> {
    let mut client = app.client();
    if let Some((email, password)) = who {
        if email == "learner@example.org" {
            let done = client
                .submit(
                    "/en/account/sign-up",
                    "/en/account/sign-up",
                    &[
                        ("email", email),
                        ("display_name", "Lou"),
                        ("password", password),
                        ("password_confirm", password),
                        ("language", "en"),
                        ("time_zone", "UTC"),
                    ],
                )
                .await;
            assert_eq!(location(&done), "/en/account");
        } else {
            client.sign_in(email, password).await;
        }
    }
    client
}

#[tokio::test]
async fn every_protected_route_for_every_role() {
    for app in each_db().await {
        for (role, who) in PEOPLE {
            let mut client = person(&app, who).await;
            for (route, allowed) in ROUTES {
                let page = client.get(route).await;
                let lang = &route[1..3];
                if allowed.contains(&role) {
                    assert_eq!(page.status, StatusCode::OK, "[{}] {role} {route}", app.name);
                } else if who.is_none() {
                    assert_eq!(
                        page.status,
                        StatusCode::SEE_OTHER,
                        "[{}] {role} {route}",
                        app.name
                    );
                    let next: String = form_urlencoded::byte_serialize(route.as_bytes()).collect();
                    assert_eq!(location(&page), format!("/{lang}/account/sign-in?next={next}"));
                } else {
                    assert_eq!(
                        page.status,
                        StatusCode::FORBIDDEN,
                        "[{}] {role} {route}",
                        app.name
                    );
                    assert_eq!(page.texts("h1").len(), 1);
                    assert_eq!(
                        page.attrs("html", "lang"),
                        vec![lang.to_string()],
                        "a localised 403 page"
                    );
                }
            }
            // The server functions behind the pages check the role themselves.
            let token = crate::support::csrf_of(&client.get("/en/account/sign-out").await);
            let call = client
                .send(
                    axum::http::Request::post(
                        <app::admin::api::ListOutbox as leptos::server_fn::ServerFn>::PATH,
                    )
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("x-csrf-token", token),
                    axum::body::Body::empty(),
                )
                .await;
            let expected_ok = role == "admin";
            assert_eq!(
                call.status.is_success(),
                expected_ok,
                "[{}] {role} /api/list_outbox: {}",
                app.name,
                call.status
            );
        }
    }
}

#[tokio::test]
async fn the_navigation_shows_what_each_role_may_open() {
    for app in each_db().await {
        for (role, who) in PEOPLE {
            let mut client = person(&app, who).await;
            let home = client.get("/en/jobs").await;
            let links = home.attrs(".account-nav a", "href");
            assert_eq!(
                links.contains(&"/en/admin/users".to_string()),
                role == "admin",
                "{role}: {links:?}"
            );
            assert_eq!(
                links.contains(&"/en/moderation".to_string()),
                matches!(role, "moderator" | "admin")
            );
            assert_eq!(
                links.contains(&"/en/partner".to_string()),
                matches!(role, "editor" | "admin")
            );
            assert_eq!(links.contains(&"/en/account/sign-in".to_string()), who.is_none());
        }
    }
}

#[tokio::test]
async fn wrong_roles_cannot_write_either() {
    for app in each_db().await {
        let mut moderator = person(&app, PEOPLE[3].1).await;
        let target = scalar(&app, "SELECT id FROM users WHERE email = 'moderator@example.org'").await;
        let action = format!("/en/admin/users/{target}");
        let token = crate::support::csrf_of(&moderator.get("/en/moderation").await);
        let refused = moderator
            .post(
                &action,
                &[("csrf_token", &token), ("action", "role"), ("role", "admin")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{}]", app.name);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM users WHERE role = 'admin'").await,
            1,
            "nothing changed"
        );

        let mut editor = person(&app, PEOPLE[2].1).await;
        let token = crate::support::csrf_of(&editor.get("/en/account").await);
        let refused = editor
            .post(
                "/en/moderation",
                &[
                    ("csrf_token", &token),
                    ("action", "verify"),
                    ("organisation_id", "1"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let mut anonymous = app.client();
        let token = crate::support::csrf_of(&anonymous.get("/en/account/sign-in").await);
        let refused = anonymous
            .post(
                &action,
                &[("csrf_token", &token), ("action", "role"), ("role", "admin")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER);
        assert!(location(&refused).starts_with("/en/account/sign-in?next="));
    }
}

#[tokio::test]
async fn pages_allow_only_their_own_scripts() {
    for app in each_db().await {
        let page = app.ok("/en/jobs/nonprofit-data-analyst").await;
        let csp = page.headers["content-security-policy"]
            .to_str()
            .unwrap_or_default()
            .to_string();
        let nonce = page.attrs("script[type=module]", "nonce");
        assert_eq!(nonce.len(), 1, "{}", page.body);
        assert!(
            csp.contains(&format!("script-src 'self' 'nonce-{}'", nonce[0])),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert!(csp.contains("frame-ancestors 'none'"));
        let again = app.ok("/en/jobs/nonprofit-data-analyst").await;
        assert_ne!(
            again.attrs("script[type=module]", "nonce"),
            nonce,
            "a new nonce per response"
        );
        let feed = app.get("/robots.txt").await;
        assert!(feed.headers["content-security-policy"]
            .to_str()
            .unwrap_or_default()
            .contains("script-src 'self';"));
    }
}

#[tokio::test]
async fn demo_accounts_are_documented_and_work() {
    for app in each_db().await {
        let readme = include_str!("../../README.md");
        for (_, who) in &PEOPLE[2..] {
            let (email, password) = who.unwrap_or_default();
            assert!(readme.contains(password), "README documents {email}'s password");
            person(&app, *who).await;
        }
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM organisation_members").await,
            scalar(&app, "SELECT COUNT(*) FROM organisations").await,
            "one editor per organisation"
        );
    }
}
