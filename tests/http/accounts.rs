//! Sign-up, sign-out, sessions and CSRF, on every database.

use crate::sql::{scalar, text};
use crate::support::{each_db, location};
use axum::http::StatusCode;

pub const GOOD_PASSWORD: &str = "tandem bicycle over the river";

fn sign_up_fields<'a>(email: &'a str, password: &'a str, confirm: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("email", email),
        ("display_name", "Léa Martin"),
        ("password", password),
        ("password_confirm", confirm),
        ("language", "fr"),
        ("time_zone", "Europe/Paris"),
    ]
}

#[tokio::test]
async fn sign_up_then_sign_out_then_sign_in() {
    for app in each_db().await {
        let mut client = app.client();
        let form = client.get("/fr/account/sign-up").await;
        assert_eq!(form.status, StatusCode::OK);
        let anonymous_cookie = client
            .cookie
            .clone()
            .unwrap_or_else(|| panic!("a form page starts a session"));
        let set_cookie = form.headers["set-cookie"]
            .to_str()
            .unwrap_or_default()
            .to_string();
        assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
        assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
        assert!(set_cookie.contains("Secure"), "PUBLIC_URL is https: {set_cookie}");
        assert_eq!(form.headers["cache-control"], "no-store");
        let users_before = scalar(&app, "SELECT COUNT(*) FROM users").await;

        let done = client
            .submit(
                "/fr/account/sign-up",
                "/fr/account/sign-up",
                &sign_up_fields(" Lea.Martin@Example.COM ", GOOD_PASSWORD, GOOD_PASSWORD),
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "[{}] {}", app.name, done.body);
        assert_eq!(location(&done), "/fr/account");
        assert_ne!(
            client.cookie.as_deref(),
            Some(anonymous_cookie.as_str()),
            "session id rotated at sign-up"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM users").await, users_before + 1);

        let account = client.follow(&done).await;
        assert_eq!(account.status, StatusCode::OK, "[{}] {}", app.name, account.body);
        assert!(
            account.body.contains("lea.martin@example.com"),
            "address normalised"
        );
        assert!(
            account
                .texts("[role=status]")
                .iter()
                .any(|t| t.contains("lea.martin@example.com")),
            "welcome notice"
        );
        let hash = text(
            &app,
            "SELECT password_hash FROM users WHERE email = 'lea.martin@example.com'",
        )
        .await;
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        let subject = text(
            &app,
            "SELECT subject FROM outbox WHERE to_address = 'lea.martin@example.com'",
        )
        .await;
        assert_eq!(
            subject, "Confirmez votre adresse e-mail",
            "in the preferred language"
        );

        // Sign out: the session ends, the account page needs signing in again.
        let signed_in_cookie = client.cookie.clone();
        let out = client.submit("/fr/account", "/fr/account/sign-out", &[]).await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert_eq!(location(&out), "/fr/");
        assert_ne!(client.cookie, signed_in_cookie, "session id changed at sign-out");
        let home = client.follow(&out).await;
        assert!(
            home.texts("[role=status]").iter().any(|t| !t.is_empty()),
            "signed-out notice"
        );
        let guarded = client.get("/fr/account").await;
        assert_eq!(guarded.status, StatusCode::SEE_OTHER);
        assert_eq!(location(&guarded), "/fr/account/sign-in?next=%2Ffr%2Faccount");

        // The old cookie is dead too.
        let mut replay = app.client();
        replay.cookie = signed_in_cookie;
        assert_eq!(replay.get("/fr/account").await.status, StatusCode::SEE_OTHER);

        // Sign in again; the return address is honoured.
        let signed = client
            .submit(
                "/fr/account/sign-in?next=%2Ffr%2Faccount",
                "/fr/account/sign-in",
                &[
                    ("email", "lea.martin@example.com"),
                    ("password", GOOD_PASSWORD),
                    ("next", "/fr/account"),
                ],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
        assert_eq!(location(&signed), "/fr/account");
        assert_eq!(client.follow(&signed).await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn a_rejected_sign_up_keeps_what_was_typed_and_writes_nothing() {
    for app in each_db().await {
        let mut client = app.client();
        let users_before = scalar(&app, "SELECT COUNT(*) FROM users").await;
        // (the form, the field in error, part of its message)
        type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);
        let cases: [Case; 4] = [
            (
                sign_up_fields("not-an-address", GOOD_PASSWORD, GOOD_PASSWORD),
                "email",
                "adresse e-mail",
            ),
            (
                sign_up_fields("a@example.org", "short", "short"),
                "password",
                "10",
            ),
            (
                sign_up_fields("a@example.org", "password1234", "password1234"),
                "password",
                "",
            ),
            (
                sign_up_fields("a@example.org", GOOD_PASSWORD, "something else entirely"),
                "password-confirm",
                "",
            ),
        ];
        for (fields, field, expected) in cases {
            let back = client
                .submit("/fr/account/sign-up", "/fr/account/sign-up", &fields)
                .await;
            assert_eq!(back.status, StatusCode::SEE_OTHER);
            assert_eq!(location(&back), "/fr/account/sign-up");
            let page = client.follow(&back).await;
            let error = page.texts(&format!("#field-{field}-error"));
            assert_eq!(error.len(), 1, "[{}] {field}: {}", app.name, page.body);
            assert!(error[0].contains(expected), "{}", error[0]);
            let described = page.attrs(&format!("#field-{field}"), "aria-describedby");
            assert!(
                described[0].contains(&format!("field-{field}-error")),
                "error tied to its field"
            );
            assert_eq!(
                page.attrs(&format!("#field-{field}"), "aria-invalid"),
                vec!["true"]
            );
            assert_eq!(page.texts(".error-summary a").len(), 1);
            assert_eq!(
                page.attrs("#field-display-name", "value"),
                vec!["Léa Martin"],
                "values kept"
            );
            assert_eq!(
                page.attrs("#field-password", "value"),
                vec![""],
                "never the password"
            );
            assert!(!page.body.contains(GOOD_PASSWORD));
            let zone = page.attrs("#field-time-zone option[selected]", "value");
            assert_eq!(zone, vec!["Europe/Paris"]);
        }
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM users").await,
            users_before,
            "nothing written"
        );

        // A duplicate address (whatever its case) is refused on the e-mail field.
        let back = client
            .submit(
                "/en/account/sign-up",
                "/en/account/sign-up",
                &sign_up_fields("ADMIN@example.org", GOOD_PASSWORD, GOOD_PASSWORD),
            )
            .await;
        let page = client.follow(&back).await;
        assert!(
            page.texts("#field-email-error")[0].contains("already"),
            "{}",
            page.body
        );
        assert_eq!(page.attrs("#field-email", "value"), vec!["ADMIN@example.org"]);
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM users").await, users_before);
    }
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_are_refused_and_given_back() {
    for app in each_db().await {
        let users_before = scalar(&app, "SELECT COUNT(*) FROM users").await;
        let mut client = app.client();
        client.get("/en/account/sign-up").await;
        let mut fields = sign_up_fields("new@example.org", GOOD_PASSWORD, GOOD_PASSWORD);
        fields.push(("csrf_token", "forged"));
        for body in [
            sign_up_fields("new@example.org", GOOD_PASSWORD, GOOD_PASSWORD),
            fields,
        ] {
            let back = client.post("/en/account/sign-up", &body).await;
            assert_eq!(back.status, StatusCode::SEE_OTHER);
            let page = client.follow(&back).await;
            let summary = page.texts(".error-summary li");
            assert!(
                summary.iter().any(|t| t.contains("expired")),
                "[{}] {summary:?}",
                app.name
            );
            assert_eq!(page.attrs("#field-email", "value"), vec!["new@example.org"]);
        }
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM users").await, users_before);

        // A tampered session cookie is a visitor without a session: the token cannot match.
        let mut tampered = app.client();
        let page = tampered.get("/en/account/sign-in").await;
        let token = crate::support::csrf_of(&page);
        tampered.cookie = tampered.cookie.map(|c| format!("{}x", &c[..c.len() - 1]));
        let back = tampered
            .post(
                "/en/account/sign-in",
                &[
                    ("csrf_token", &token),
                    ("email", "admin@example.org"),
                    ("password", "demo admin of the academy"),
                ],
            )
            .await;
        assert_eq!(back.status, StatusCode::SEE_OTHER);
        assert_eq!(location(&back), "/en/account/sign-in");
        let page = tampered.follow(&back).await;
        assert!(page.texts(".error-summary li")[0].contains("expired"));
        assert!(
            page.texts(".account-nav a").iter().any(|t| t == "Sign in"),
            "still signed out"
        );

        // A script without the token (not a form) gets a plain 403.
        let mut script = app.client();
        let refused = script
            .send(
                axum::http::Request::post("/_server/list_users").header("content-type", "application/json"),
                axum::body::Body::from("{}"),
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
}
