//! The job runner: with two app servers on one database, each job runs once; a failing job is
//! retried with back-off and then left visible; a server stopped mid-job loses nothing; the
//! offer-alert digests are written once.

use crate::sql::scalar;
use crate::support::each_db;
use app::background::Runner;
use sea_orm::DatabaseConnection;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A runner whose one recurring job counts its runs (slowly, so two servers overlap).
fn counting(db: &DatabaseConnection, runs: Arc<AtomicUsize>) -> Runner {
    Runner::new(db.clone()).every("count", Duration::from_secs(3600), move |_db| {
        let runs = runs.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            runs.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
    })
}

#[tokio::test]
async fn two_servers_run_each_job_once() {
    for app in each_db().await {
        let runs = Arc::new(AtomicUsize::new(0));
        let (a, b) = (counting(&app.db, runs.clone()), counting(&app.db, runs.clone()));
        let (ra, rb) = tokio::join!(a.register(), b.register());
        ra.unwrap_or_else(|e| panic!("{e}"));
        rb.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM background_jobs WHERE kind = 'count'").await,
            1,
            "[{}] one row for a recurring job",
            app.name
        );
        let (ta, tb) = tokio::join!(a.tick(), b.tick());
        let ran = ta.unwrap_or_else(|e| panic!("{e}")) + tb.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ran, 1, "[{}] one server ran it", app.name);
        assert_eq!(runs.load(Ordering::SeqCst), 1);
        // Not due again before its time.
        let (ta, tb) = tokio::join!(a.tick(), b.tick());
        assert_eq!(ta.unwrap_or(9) + tb.unwrap_or(9), 0);
        assert_eq!(runs.load(Ordering::SeqCst), 1);
        // Its time comes: once again, on either server.
        app.exec("UPDATE background_jobs SET run_at = '2020-01-01T00:00:00Z' WHERE kind = 'count'")
            .await;
        let (ta, tb) = tokio::join!(a.tick(), b.tick());
        assert_eq!(ta.unwrap_or(9) + tb.unwrap_or(9), 1);
        assert_eq!(runs.load(Ordering::SeqCst), 2);
    }
}

#[tokio::test]
async fn a_server_stopped_mid_job_loses_nothing() {
    for app in each_db().await {
        let runs = Arc::new(AtomicUsize::new(0));
        let survivor = counting(&app.db, runs.clone());
        survivor.register().await.unwrap_or_else(|e| panic!("{e}"));
        // Another server claimed the job and died: its lease is still running...
        app.exec(
            "UPDATE background_jobs SET state = 'running', lease_holder = 'dead-server', \
             lease_until = '2999-01-01T00:00:00Z' WHERE kind = 'count'",
        )
        .await;
        assert_eq!(
            survivor.tick().await.unwrap_or(9),
            0,
            "[{}] a live lease is respected",
            app.name
        );
        // ...until it expires: the job is taken over.
        app.exec("UPDATE background_jobs SET lease_until = '2020-01-01T00:00:00Z' WHERE kind = 'count'")
            .await;
        assert_eq!(survivor.tick().await.unwrap_or(0), 1, "[{}] taken over", app.name);
        assert_eq!(runs.load(Ordering::SeqCst), 1);

        // A server that shuts down cleanly gives its claims back at once.
        app.exec(&format!(
            "UPDATE background_jobs SET state = 'running', lease_holder = '{}', \
             lease_until = '2999-01-01T00:00:00Z' WHERE kind = 'count'",
            survivor.worker()
        ))
        .await;
        assert_eq!(survivor.release().await.unwrap_or(0), 1);
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM background_jobs WHERE state = 'pending' AND lease_holder IS NULL"
            )
            .await,
            1
        );
    }
}

#[tokio::test]
async fn a_failing_job_is_retried_then_left_visible() {
    for app in each_db().await {
        let attempts = Arc::new(AtomicUsize::new(0));
        let counter = attempts.clone();
        let runner = Runner::new(app.db.clone()).handles("always-fails", move |_db| {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                Err("the mail server said no".to_string())
            }
        });
        app::background::schedule(
            &app.db,
            "always-fails",
            "one",
            &serde_json::json!({}),
            chrono::Utc::now(),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        // Scheduling the same job again schedules it once.
        app::background::schedule(
            &app.db,
            "always-fails",
            "one",
            &serde_json::json!({}),
            chrono::Utc::now(),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(runner.tick().await.unwrap_or(0), 1, "[{}]", app.name);
        // Retried later, not at once (back-off).
        assert_eq!(runner.tick().await.unwrap_or(9), 0, "[{}] back-off", app.name);
        for _ in 1..app::background::MAX_ATTEMPTS {
            app.exec(
                "UPDATE background_jobs SET run_at = '2020-01-01T00:00:00Z' WHERE kind = 'always-fails'",
            )
            .await;
            assert_eq!(runner.tick().await.unwrap_or(0), 1);
        }
        assert_eq!(
            attempts.load(Ordering::SeqCst),
            app::background::MAX_ATTEMPTS as usize
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM background_jobs WHERE kind = 'always-fails' AND state = 'failed' \
                 AND last_error = 'the mail server said no'"
            )
            .await,
            1,
            "[{}] left failed, with its error",
            app.name
        );
        app.exec("UPDATE background_jobs SET run_at = '2020-01-01T00:00:00Z' WHERE kind = 'always-fails'")
            .await;
        assert_eq!(
            runner.tick().await.unwrap_or(9),
            0,
            "a failed job is not run again by itself"
        );
        let overview = app::background::overview(&app.db).await.unwrap_or_default();
        assert_eq!(
            overview.first().map(|j| j.kind.as_str()),
            Some("always-fails"),
            "failures first"
        );
    }
}

#[tokio::test]
async fn two_servers_write_each_offer_digest_once() {
    for app in each_db().await {
        let editor =
            app::accounts::users::find_by_email(&app.db, "editor.bitsociale-cooperativa@example.org")
                .await
                .ok()
                .flatten()
                .unwrap_or_else(|| panic!("demo editor"));
        app.exec(&format!(
            "INSERT INTO saved_searches (user_id, query, lang, alert, unsubscribe_token, created_at) \
             VALUES ({}, 'kind=job', 'it', {}, 'tok-tok-tok-tok-tok-tok-tok-tok-tok-tok-tok', '2020-01-01T00:00:00Z')",
            editor.id,
            if app.name == "sqlite" { "1" } else { "true" }
        ))
        .await;
        let before = scalar(&app, "SELECT COUNT(*) FROM outbox").await;
        // Two app servers, each with its own state (offer index) and its own runner.
        let settings = app.settings().clone();
        let (one, two) = (app.state(), app.state());
        let a = server::background::runner(&settings, &one).unwrap_or_else(|e| panic!("{e}"));
        let b = server::background::runner(&settings, &two).unwrap_or_else(|e| panic!("{e}"));
        let (ra, rb) = tokio::join!(a.register(), b.register());
        ra.unwrap_or_else(|e| panic!("{e}"));
        rb.unwrap_or_else(|e| panic!("{e}"));
        let (ta, tb) = tokio::join!(a.tick(), b.tick());
        ta.unwrap_or_else(|e| panic!("{e}"));
        tb.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM outbox").await,
            before + 1,
            "[{}] one digest",
            app.name
        );
        // Both servers run the digest job again at the same moment (its time came twice over):
        // the search was served today, so nothing more is written.
        app.exec("UPDATE background_jobs SET run_at = '2020-01-01T00:00:00Z'")
            .await;
        let (ta, tb) = tokio::join!(a.tick(), b.tick());
        ta.unwrap_or_else(|e| panic!("{e}"));
        tb.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM outbox").await, before + 1);
        // Even two digest runs at once (no job claim at all) write it once.
        app.exec("UPDATE saved_searches SET last_sent_at = NULL").await;
        let now = chrono::Utc::now();
        let (x, y) = tokio::join!(
            app::offers::alerts::send_digests(&app.db, &one.offer_search, "https://academy.test", now),
            app::offers::alerts::send_digests(&app.db, &two.offer_search, "https://academy.test", now),
        );
        assert_eq!(x.unwrap_or(0) + y.unwrap_or(0), 1, "[{}]", app.name);
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM outbox").await, before + 2);
        let headers = crate::sql::text(
            &app,
            "SELECT list_unsubscribe FROM outbox ORDER BY id DESC LIMIT 1",
        )
        .await;
        assert!(
            headers.starts_with("https://academy.test/it/offers/alerts/unsubscribe/"),
            "RFC 8058 address: {headers}"
        );
    }
}
