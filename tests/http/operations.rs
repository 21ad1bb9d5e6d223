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
        let live = app::accounts::housekeeping::sweep(&app.db)
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
        let swept = app::accounts::housekeeping::sweep(&app.db)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            swept.sessions >= 1 && swept.rate_limit_hits == 2 && swept.links == 1,
            "{swept:?}"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    }
}
