//! Running the portal: the first administrator of a production database, housekeeping.

use crate::sql::scalar;
use crate::support::each_db;
use server::admin_cli::create_admin;

#[tokio::test]
async fn a_production_database_gets_its_first_administrator_from_the_command_line() {
    for app in each_db().await {
        // The test databases hold the demo content; a production start has no demo accounts.
        app.exec("DELETE FROM users").await;
        assert_eq!(app::accounts::users::admin_count(&app.db).await.unwrap_or(9), 0);
        let args = |e: &str| vec![e.to_string(), "Rosa Ferrer".to_string()];
        assert!(
            create_admin(&app.db, &args("not an address"), "a long enough passphrase")
                .await
                .is_err()
        );
        assert!(create_admin(&app.db, &args("rosa@example.org"), "short")
            .await
            .is_err());
        let email = create_admin(&app.db, &args(" Rosa@Example.org"), "a long enough passphrase")
            .await
            .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        assert_eq!(email, "rosa@example.org");
        assert!(
            create_admin(&app.db, &args("rosa@example.org"), "a long enough passphrase")
                .await
                .is_err()
        );
        let mut client = app.client();
        client
            .sign_in("rosa@example.org", "a long enough passphrase")
            .await;
        assert_eq!(
            client.get("/en/admin/users").await.status,
            axum::http::StatusCode::OK
        );
    }
}

#[tokio::test]
async fn housekeeping_removes_what_is_no_longer_needed() {
    for app in each_db().await {
        let mut client = app.client();
        client.get("/en/account/sign-in").await;
        client
            .submit(
                "/en/account/forgot-password",
                "/en/account/forgot-password",
                &[("email", "admin@example.org")],
            )
            .await;
        client
            .submit(
                "/en/account/sign-in",
                "/en/account/sign-in",
                &[("email", "x@example.org"), ("password", "wrong one here")],
            )
            .await;
        let live = app::accounts::housekeeping::sweep(&app.db, &Default::default())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            live,
            Default::default(),
            "[{}] nothing current is removed",
            app.name
        );
        app.exec("UPDATE sessions SET expires_at = 0").await;
        app.exec("UPDATE rate_limit_hits SET created_at = '2020-01-01T00:00:00Z'")
            .await;
        app.exec("UPDATE one_time_tokens SET expires_at = '2020-01-01T00:00:00Z'")
            .await;
        let swept = app::accounts::housekeeping::sweep(&app.db, &Default::default())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            swept.sessions >= 1 && swept.rate_limit_hits == 2 && swept.links == 1,
            "{swept:?}"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    }
}

#[tokio::test]
async fn retention_periods_are_applied_by_housekeeping() {
    use app::entities::{learner, outbox, step_completion, webinar_registration};
    use chrono::{Duration, Utc};
    use sea_orm::{ActiveModelTrait, Set};
    let retention = app::legal::model::Retention {
        anonymous_learner_days: 365,
        unconfirmed_days: 30,
        audit_days: 400,
        sent_mail_days: 90,
    };
    let days_ago = |d: i64| Utc::now() - Duration::days(d);
    for app in each_db().await {
        let db = &app.db;
        // Accounts: one never confirmed for 31 days goes; a newer one and a confirmed one stay.
        for (n, email) in ["late@example.org", "new@example.org", "kept@example.org"]
            .iter()
            .enumerate()
        {
            let mut client = app.client();
            client.ip = format!("198.51.100.{n}");
            client.get("/en/account/sign-up").await;
            client
                .submit(
                    "/en/account/sign-up",
                    "/en/account/sign-up",
                    &[
                        ("email", email),
                        ("display_name", "Someone"),
                        ("password", "a long enough passphrase"),
                        ("password_confirm", "a long enough passphrase"),
                        ("language", "en"),
                        ("time_zone", "Europe/Paris"),
                    ],
                )
                .await;
        }
        let old = days_ago(31).to_rfc3339();
        app.exec(&format!(
            "UPDATE users SET created_at = '{old}' WHERE email IN ('late@example.org', 'kept@example.org')"
        ))
        .await;
        app.exec(&format!(
            "UPDATE users SET email_verified_at = '{old}' WHERE email = 'kept@example.org'"
        ))
        .await;
        let accounts = "SELECT COUNT(*) FROM users WHERE email IN ('late@example.org', 'new@example.org', 'kept@example.org')";
        assert_eq!(
            scalar(&app, accounts).await,
            3,
            "[{}] the sign-ups were made",
            app.name
        );

        // Anonymous learners: idle for a year without progress goes; with progress, recent, or
        // with an account stays.
        let anonymous = |seen: i64, user_id: Option<i32>| learner::ActiveModel {
            user_id: Set(user_id),
            resume_hash: Set(None),
            created_at: Set(days_ago(seen)),
            last_seen_at: Set(days_ago(seen)),
            ..Default::default()
        };
        let idle = anonymous(400, None)
            .insert(db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let busy = anonymous(400, None)
            .insert(db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let recent = anonymous(10, None)
            .insert(db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let step: i32 = scalar(&app, "SELECT MIN(id) FROM pathway_steps").await as i32;
        step_completion::ActiveModel {
            learner_id: Set(busy.id),
            step_id: Set(step),
            completed_at: Set(days_ago(400)),
        }
        .insert(db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));

        // Webinar registrations: never confirmed for 31 days goes; confirmed stays.
        let webinar: i32 = scalar(&app, "SELECT MIN(id) FROM webinars").await as i32;
        let registration = |email: &str, status| webinar_registration::ActiveModel {
            webinar_id: Set(webinar),
            user_id: Set(None),
            email: Set(email.into()),
            lang: Set(app::i18n::Lang::En),
            status: Set(status),
            token_hash: Set(format!("hash-{email}")),
            created_at: Set(days_ago(31)),
            confirmed_at: Set(None),
            cancelled_at: Set(None),
            reminders: Set(true),
            ..Default::default()
        };
        use app::webinars::codes::RegistrationStatus;
        let pending = registration("pending@example.net", RegistrationStatus::Pending)
            .insert(db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let confirmed = registration("confirmed@example.net", RegistrationStatus::Confirmed)
            .insert(db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));

        // The audit log past 400 days, and sent e-mails past 90 days (unsent ones stay).
        let entry = |age: i64| crate::sql::audit_entry(days_ago(age));
        let old_entry = entry(401).insert(db).await.unwrap_or_else(|e| panic!("{e}"));
        let new_entry = entry(399).insert(db).await.unwrap_or_else(|e| panic!("{e}"));
        let mail = |sent: Option<i64>| outbox::ActiveModel {
            user_id: Set(None),
            to_address: Set("someone@example.net".into()),
            subject: Set("Hello".into()),
            body: Set("Text".into()),
            created_at: Set(days_ago(100)),
            claimed_at: Set(None),
            sent_at: Set(sent.map(days_ago)),
            attempts: Set(0),
            last_error: Set(None),
            list_unsubscribe: Set(None),
            attachment_name: Set(None),
            attachment_type: Set(None),
            attachment: Set(None),
            ..Default::default()
        };
        let old_mail = mail(Some(91)).insert(db).await.unwrap_or_else(|e| panic!("{e}"));
        let unsent = mail(None).insert(db).await.unwrap_or_else(|e| panic!("{e}"));

        let swept = app::accounts::housekeeping::sweep(db, &retention)
            .await
            .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        assert_eq!(swept.unconfirmed_accounts, 1, "[{}] {swept:?}", app.name);
        assert_eq!(swept.anonymous_learners, 1, "[{}] {swept:?}", app.name);
        assert_eq!(swept.unconfirmed_registrations, 1, "[{}] {swept:?}", app.name);
        assert_eq!(swept.audit_entries, 1, "[{}] {swept:?}", app.name);
        assert_eq!(swept.sent_mail, 1, "[{}] {swept:?}", app.name);

        let exists = |table: &str, id: i32| format!("SELECT COUNT(*) FROM {table} WHERE id = {id}");
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM users WHERE email = 'late@example.org'"
            )
            .await,
            0
        );
        assert_eq!(scalar(&app, accounts).await, 2);
        assert_eq!(scalar(&app, &exists("learners", idle.id)).await, 0);
        assert_eq!(scalar(&app, &exists("learners", busy.id)).await, 1);
        assert_eq!(scalar(&app, &exists("learners", recent.id)).await, 1);
        assert_eq!(
            scalar(&app, &exists("webinar_registrations", pending.id)).await,
            0
        );
        assert_eq!(
            scalar(&app, &exists("webinar_registrations", confirmed.id)).await,
            1
        );
        assert_eq!(scalar(&app, &exists("audit_log", old_entry.id)).await, 0);
        assert_eq!(scalar(&app, &exists("audit_log", new_entry.id)).await, 1);
        assert_eq!(scalar(&app, &exists("outbox", old_mail.id)).await, 0);
        assert_eq!(scalar(&app, &exists("outbox", unsent.id)).await, 1);

        let again = app::accounts::housekeeping::sweep(db, &retention)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            again.unconfirmed_accounts + again.anonymous_learners + again.audit_entries,
            0
        );
    }
}
