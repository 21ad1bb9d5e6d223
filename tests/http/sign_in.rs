//! Signing in: one answer for unknown address and wrong password, the rate limit, the return
//! address.

use crate::support::{each_db, location};

#[tokio::test]
async fn sign_in_says_the_same_for_unknown_address_and_wrong_password_then_limits() {
    for app in each_db().await {
        let mut client = app.client();
        let mut messages = Vec::new();
        for email in ["nobody@example.org", "admin@example.org"] {
            let back = client
                .submit(
                    "/it/account/sign-in",
                    "/it/account/sign-in",
                    &[("email", email), ("password", "wrong password here")],
                )
                .await;
            assert_eq!(location(&back), "/it/account/sign-in");
            let page = client.follow(&back).await;
            assert_eq!(page.attrs("#field-email", "value"), vec![email]);
            messages.push(page.texts(".error-summary li"));
        }
        assert_eq!(
            messages[0], messages[1],
            "[{}] no hint whether the account exists",
            app.name
        );

        // Five failures for the account: even the right password waits now, with the reason.
        for _ in 0..4 {
            client
                .submit(
                    "/en/account/sign-in",
                    "/en/account/sign-in",
                    &[
                        ("email", "admin@example.org"),
                        ("password", "wrong password here"),
                    ],
                )
                .await;
        }
        let back = client
            .submit(
                "/en/account/sign-in",
                "/en/account/sign-in",
                &[
                    ("email", "admin@example.org"),
                    ("password", "demo admin of the academy"),
                ],
            )
            .await;
        assert_eq!(location(&back), "/en/account/sign-in", "[{}] limited", app.name);
        let page = client.follow(&back).await;
        let summary = page.texts(".error-summary li").join(" ");
        assert!(
            summary.contains("Too many attempts") && summary.contains("minutes"),
            "{summary}"
        );

        // Another account from the same address still works, until the address's limit.
        let mut other = app.client();
        other.ip = client.ip.clone();
        other
            .sign_in("moderator@example.org", "demo moderator of the academy")
            .await;
        let mut flood = app.client();
        flood.ip = "198.51.100.7".into();
        for i in 0..20 {
            let email = format!("guess{i}@example.org");
            flood
                .submit(
                    "/en/account/sign-in",
                    "/en/account/sign-in",
                    &[("email", &email), ("password", "wrong password here")],
                )
                .await;
        }
        let back = flood
            .submit(
                "/en/account/sign-in",
                "/en/account/sign-in",
                &[
                    ("email", "moderator@example.org"),
                    ("password", "demo moderator of the academy"),
                ],
            )
            .await;
        assert_eq!(
            location(&back),
            "/en/account/sign-in",
            "[{}] the address is limited",
            app.name
        );
    }
}

#[tokio::test]
async fn unsafe_return_addresses_are_ignored() {
    for app in each_db().await {
        let mut client = app.client();
        let done = client
            .submit(
                "/en/account/sign-in",
                "/en/account/sign-in",
                &[
                    ("email", "moderator@example.org"),
                    ("password", "demo moderator of the academy"),
                    ("next", "//evil.example/steal"),
                ],
            )
            .await;
        assert_eq!(
            location(&done),
            "/it/account",
            "[{}] to the moderator's own language",
            app.name
        );
    }
}
