//! One-time links (verification, reset), the account page's changes, "my data".

use crate::accounts::{scalar, text, GOOD_PASSWORD};
use crate::support::{each_db, location, Client, TestApp};
use axum::http::StatusCode;

/// The path of the last link mailed to `to`.
async fn last_link(app: &TestApp, to: &str) -> String {
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

async fn signed_up<'a>(app: &'a TestApp, email: &str) -> Client<'a> {
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

#[tokio::test]
async fn the_account_page_changes_profile_password_and_address() {
    for app in each_db().await {
        let mut client = signed_up(&app, "noa@example.org").await;
        let mut second = app.client();
        second.sign_in("noa@example.org", GOOD_PASSWORD).await;

        let bad = client
            .submit(
                "/en/account",
                "/en/account",
                &[
                    ("action", "profile"),
                    ("display_name", ""),
                    ("language", "de"),
                    ("time_zone", "Mars/Base"),
                ],
            )
            .await;
        let page = client.follow(&bad).await;
        for field in ["display-name", "language", "time-zone"] {
            assert_eq!(page.texts(&format!("#field-{field}-error")).len(), 1, "{field}");
        }
        let saved = client
            .submit(
                "/en/account",
                "/en/account",
                &[
                    ("action", "profile"),
                    ("display_name", "Noa R."),
                    ("language", "es"),
                    ("time_zone", "Europe/Madrid"),
                ],
            )
            .await;
        assert_eq!(location(&saved), "/es/account", "shown in the new language");
        let page = client.follow(&saved).await;
        assert_eq!(page.attrs("#field-display-name", "value"), vec!["Noa R."]);
        assert_eq!(
            page.attrs("#field-time-zone option[selected]", "value"),
            vec!["Europe/Madrid"]
        );

        let wrong = client
            .submit(
                "/en/account",
                "/en/account",
                &[
                    ("action", "password"),
                    ("current_password", "not it at all"),
                    ("new_password", "another long passphrase"),
                    ("new_password_confirm", "another long passphrase"),
                ],
            )
            .await;
        assert_eq!(
            client
                .follow(&wrong)
                .await
                .texts("#field-current-password-error")
                .len(),
            1
        );
        let changed = client
            .submit(
                "/en/account",
                "/en/account",
                &[
                    ("action", "password"),
                    ("current_password", GOOD_PASSWORD),
                    ("new_password", "another long passphrase"),
                    ("new_password_confirm", "another long passphrase"),
                ],
            )
            .await;
        assert_eq!(location(&changed), "/en/account");
        assert_eq!(
            client.follow(&changed).await.status,
            StatusCode::OK,
            "this device stays signed in"
        );
        assert_eq!(
            second.get("/en/account").await.status,
            StatusCode::SEE_OTHER,
            "the other device is signed out"
        );

        let taken = client
            .submit(
                "/en/account",
                "/en/account",
                &[
                    ("action", "email"),
                    ("new_email", "admin@example.org"),
                    ("email_password", "another long passphrase"),
                ],
            )
            .await;
        assert!(client.follow(&taken).await.texts("#field-new-email-error")[0].contains("already"));
        let moved = client
            .submit(
                "/en/account",
                "/en/account",
                &[
                    ("action", "email"),
                    ("new_email", "noa.r@example.org"),
                    ("email_password", "another long passphrase"),
                ],
            )
            .await;
        assert_eq!(location(&moved), "/en/account");
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM users WHERE email = 'noa.r@example.org' AND email_verified_at IS NULL"
            )
            .await,
            1
        );
        assert!(last_link(&app, "noa.r@example.org")
            .await
            .contains("/account/verify/"));
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM outbox WHERE to_address = 'noa@example.org'"
            )
            .await,
            2,
            "the old address is told (after its verification mail)"
        );
    }
}

#[tokio::test]
async fn my_data_downloads_as_json_and_deleting_erases_only_what_is_mine() {
    for app in each_db().await {
        let mut client = app.client();
        client
            .sign_in(
                "editor.bitsociale-cooperativa@example.org",
                "demo editor of the academy",
            )
            .await;
        let download = client.get("/en/account/data.json").await;
        assert_eq!(
            download.status,
            StatusCode::OK,
            "[{}] {}",
            app.name,
            download.body
        );
        assert!(download.headers["content-disposition"]
            .to_str()
            .unwrap_or_default()
            .starts_with("attachment"));
        let data: serde_json::Value = serde_json::from_str(&download.body).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            data["account"]["email"],
            "editor.bitsociale-cooperativa@example.org"
        );
        assert_eq!(
            data["organisation_memberships"][0]["organisation"],
            "bitsociale-cooperativa"
        );
        assert!(!download.body.contains("argon2"), "no password hash");

        let organisations = scalar(&app, "SELECT COUNT(*) FROM organisations").await;
        let wrong = client
            .submit(
                "/en/account/delete",
                "/en/account/delete",
                &[("password", "not my password")],
            )
            .await;
        assert_eq!(
            client.follow(&wrong).await.texts("#field-password-error").len(),
            1
        );
        let deleted = client
            .submit(
                "/en/account/delete",
                "/en/account/delete",
                &[("password", "demo editor of the academy")],
            )
            .await;
        assert_eq!(location(&deleted), "/en/");
        assert!(client.follow(&deleted).await.body.contains("have been deleted"));
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM users WHERE email LIKE 'editor.rete-civica%'"
            )
            .await,
            0
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM organisation_members m WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id)").await, 0);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM organisations").await,
            organisations,
            "organisations stay"
        );
        assert_eq!(
            app.get("/en/organisations/bitsociale-cooperativa").await.status,
            StatusCode::OK
        );
        assert_eq!(
            client.get("/en/account").await.status,
            StatusCode::SEE_OTHER,
            "signed out"
        );
    }
}
