//! One-time links: e-mail verification and password reset.

use crate::accounts::GOOD_PASSWORD;
use crate::sql::{scalar, text};
use crate::support::{each_db, location, Client, TestApp};
use axum::http::StatusCode;

/// The path of the last link mailed to `to`.
pub async fn last_link(app: &TestApp, to: &str) -> String {
    let body = text(
        app,
        &format!("SELECT body FROM outbox WHERE to_address = '{to}' ORDER BY id DESC LIMIT 1"),
    )
    .await;
    let url = body
        .lines()
        .find(|l| l.starts_with("https://academy.test/"))
        .unwrap_or_else(|| panic!("no link in {body}"));
    url.trim_start_matches("https://academy.test").to_string()
}

pub async fn signed_up<'a>(app: &'a TestApp, email: &str) -> Client<'a> {
    let mut client = app.client();
    let done = client
        .submit(
            "/en/account/sign-up",
            "/en/account/sign-up",
            &[
                ("email", email),
                ("display_name", "Sam"),
                ("password", GOOD_PASSWORD),
                ("password_confirm", GOOD_PASSWORD),
                ("language", "en"),
                ("time_zone", "Europe/Dublin"),
            ],
        )
        .await;
    assert_eq!(location(&done), "/en/account", "[{}] {}", app.name, done.body);
    client
}

#[tokio::test]
async fn verification_links_work_once_and_expire() {
    for app in each_db().await {
        let mut client = signed_up(&app, "sam@example.org").await;
        let account = client.get("/en/account").await;
        assert!(account.body.contains("not confirmed yet"));
        let link = last_link(&app, "sam@example.org").await;
        assert!(link.starts_with("/en/account/verify/"), "{link}");
        // Opening the link does not use it (mail scanners open links).
        let page = client.get(&link).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("sam@example.org"));
        let page = client.get(&link).await;
        let done = client.submit(&link, &link, &[]).await;
        assert_eq!(location(&done), "/en/account", "[{}]", app.name);
        let verified = scalar(
            &app,
            "SELECT COUNT(*) FROM users WHERE email = 'sam@example.org' AND email_verified_at IS NOT NULL",
        )
        .await;
        assert_eq!(verified, 1);
        let again = client.get(&link).await;
        assert!(again.body.contains("already been used"), "{}", again.body);
        let _ = page;
        let token = crate::support::csrf_of(&client.get("/en/account").await);
        let reused = client.post(&link, &[("csrf_token", &token)]).await;
        let reused = client.follow(&reused).await;
        assert!(reused.body.contains("already been used"));

        // A fresh link that has expired.
        client
            .submit("/en/account", "/en/account", &[("action", "resend-verification")])
            .await;
        app.exec("UPDATE users SET email_verified_at = NULL").await;
        client
            .submit("/en/account", "/en/account", &[("action", "resend-verification")])
            .await;
        let link = last_link(&app, "sam@example.org").await;
        app.exec("UPDATE one_time_tokens SET expires_at = created_at")
            .await;
        let expired = client.get(&link).await;
        assert!(expired.body.contains("expired"), "{}", expired.body);
        let bogus = client.get("/en/account/verify/not-a-real-token").await;
        assert_eq!(bogus.status, StatusCode::OK);
        assert!(bogus.body.contains("not valid"));
    }
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_a_link_that_signs_out_everywhere() {
    for app in each_db().await {
        let mut other_device = signed_up(&app, "kim@example.org").await;
        let mut client = app.client();
        let mails_before = scalar(&app, "SELECT COUNT(*) FROM outbox").await;
        let unknown = client
            .submit(
                "/fr/account/forgot-password",
                "/fr/account/forgot-password",
                &[("email", "ghost@example.org")],
            )
            .await;
        let unknown_notice = client.follow(&unknown).await.texts("[role=status]");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM outbox").await,
            mails_before,
            "no mail to nobody"
        );
        let known = client
            .submit(
                "/fr/account/forgot-password",
                "/fr/account/forgot-password",
                &[("email", "kim@example.org")],
            )
            .await;
        let known_notice = client.follow(&known).await.texts("[role=status]");
        assert_eq!(
            unknown_notice[0].replace("ghost", "kim"),
            known_notice[0],
            "[{}] the same answer either way",
            app.name
        );
        let link = last_link(&app, "kim@example.org").await;
        assert!(
            link.starts_with("/en/account/reset/"),
            "in the account's language: {link}"
        );

        let weak = client
            .submit(
                &link,
                &link,
                &[("new_password", "short"), ("new_password_confirm", "short")],
            )
            .await;
        let weak = client.follow(&weak).await;
        assert_eq!(weak.texts("#field-new-password-error").len(), 1);
        let new_password = "a brand new passphrase for kim";
        let done = client
            .submit(
                &link,
                &link,
                &[
                    ("new_password", new_password),
                    ("new_password_confirm", new_password),
                ],
            )
            .await;
        assert_eq!(location(&done), "/en/account/sign-in");
        assert!(client.follow(&done).await.body.contains("new password is saved"));
        assert_eq!(
            other_device.get("/en/account").await.status,
            StatusCode::SEE_OTHER,
            "other sessions ended"
        );
        client.sign_in("kim@example.org", new_password).await;
        let old = app
            .client()
            .submit(
                "/en/account/sign-in",
                "/en/account/sign-in",
                &[("email", "kim@example.org"), ("password", GOOD_PASSWORD)],
            )
            .await;
        assert_eq!(
            location(&old),
            "/en/account/sign-in",
            "the old password no longer works"
        );
        let reused = client.get(&link).await;
        assert!(reused.body.contains("already been used"));
    }
}
