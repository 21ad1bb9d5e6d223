//! The account page's changes (profile, password, address) and "my data".

use crate::account_links::{last_link, signed_up};
use crate::accounts::GOOD_PASSWORD;
use crate::sql::scalar;
use crate::support::{each_db, location};
use axum::http::StatusCode;

#[tokio::test]
async fn the_account_page_changes_profile_password_and_address() {
    for app in each_db().await {
        let mut client = signed_up(&app, "noa@example.org").await;
        let mut second = app.client();
        second.sign_in("noa@example.org", GOOD_PASSWORD).await;

        let bad = client
            .submit(
                "/en/account/profile",
                "/en/account/profile",
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
                "/en/account/profile",
                "/en/account/profile",
                &[
                    ("action", "profile"),
                    ("display_name", "Noa R."),
                    ("language", "es"),
                    ("time_zone", "Europe/Madrid"),
                ],
            )
            .await;
        assert_eq!(
            location(&saved),
            "/es/account/profile",
            "shown in the new language"
        );
        let page = client.follow(&saved).await;
        assert_eq!(page.attrs("#field-display-name", "value"), vec!["Noa R."]);
        assert_eq!(
            page.attrs("#field-time-zone option[selected]", "value"),
            vec!["Europe/Madrid"]
        );

        let wrong = client
            .submit(
                "/en/account/profile",
                "/en/account/profile",
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
                "/en/account/profile",
                "/en/account/profile",
                &[
                    ("action", "password"),
                    ("current_password", GOOD_PASSWORD),
                    ("new_password", "another long passphrase"),
                    ("new_password_confirm", "another long passphrase"),
                ],
            )
            .await;
        assert_eq!(location(&changed), "/en/account/profile");
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
                "/en/account/profile",
                "/en/account/profile",
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
                "/en/account/profile",
                "/en/account/profile",
                &[
                    ("action", "email"),
                    ("new_email", "noa.r@example.org"),
                    ("email_password", "another long passphrase"),
                ],
            )
            .await;
        assert_eq!(location(&moved), "/en/account/profile");
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

#[tokio::test]
async fn the_account_opens_on_a_short_overview_with_each_part_on_its_own_page() {
    for app in each_db().await {
        let name = app.name;
        let mut client = signed_up(&app, "ines@example.org").await;
        let overview = client.ok_page("/en/account").await;
        assert_eq!(
            overview.attrs(".account-parts h2 a", "href"),
            vec![
                "/en/account/learning",
                "/en/account/saved",
                "/en/account/webinars",
                "/en/account/profile"
            ],
            "[{name}]"
        );
        assert!(
            overview.attrs("input[type=password]", "name").is_empty(),
            "[{name}] no forms"
        );
        let parts = overview.texts(".account-parts li p").join(" | ");
        assert!(parts.contains("No saved offer"), "[{name}] {parts}");
        assert!(parts.contains("No webinar coming up"), "[{name}] {parts}");
        for path in [
            "/en/account/learning",
            "/en/account/webinars",
            "/en/account/profile",
        ] {
            let page = client.ok_page(path).await;
            assert_eq!(page.texts("main h1").len(), 1, "[{name}] {path}");
            assert_eq!(
                page.attrs(".breadcrumb a", "href"),
                vec!["/en/account"],
                "[{name}] {path}"
            );
        }
        let profile = client.ok_page("/en/account/profile").await;
        assert_eq!(
            profile.attrs("form input[name=action]", "value"),
            vec!["profile", "password", "email"],
            "[{name}]"
        );
        // Saving an offer says so with a link to the saved offers, which the overview counts.
        let slug = crate::sql::text(
            &app,
            "SELECT slug FROM offers WHERE status = 'published' AND (valid_until IS NULL OR valid_until > CURRENT_DATE) ORDER BY id LIMIT 1",
        )
        .await;
        let offer = format!("/en/offers/{slug}");
        let saved = client.submit(&offer, &offer, &[("action", "save")]).await;
        let page = client.follow(&saved).await;
        assert!(
            page.attrs("[role=status] a", "href")
                .contains(&"/en/account/saved".to_string()),
            "[{name}] the notice links to the saved offers"
        );
        let overview = client.ok_page("/en/account").await;
        assert!(
            overview
                .texts(".account-parts li p")
                .join(" ")
                .contains("1 saved offer"),
            "[{name}]"
        );
    }
}
