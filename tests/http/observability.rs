//! What an operator watches: health and readiness, Prometheus metrics (and who may read
//! them), request ids, and the JSON request log.

use crate::support::{each_db, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};

fn get(uri: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut builder = Request::get(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::empty()).unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn health_and_readiness_answer_without_a_session() {
    for app in each_db().await {
        let health = app.get("/healthz").await;
        assert_eq!(health.status, StatusCode::OK, "[{}]", app.name);
        assert_eq!(health.body.trim(), "ok");
        assert!(health.headers.get("set-cookie").is_none(), "no session");

        // A new server: indexes not built, job runner not started.
        let state = app.state();
        let router = app.router_on(state.clone());
        let waiting = TestApp::send_to(router.clone(), get("/readyz", &[])).await;
        assert_eq!(
            waiting.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "[{}] {}",
            app.name,
            waiting.body
        );
        let report: serde_json::Value = serde_json::from_str(&waiting.body).unwrap_or_default();
        assert_eq!(report["ready"], false);
        assert_eq!(report["database"]["ok"], true, "{report}");
        assert_eq!(report["migrations"]["ok"], true, "{report}");
        assert_eq!(report["search_index"]["ok"], false, "{report}");
        assert_eq!(report["job_runner"]["ok"], false, "{report}");

        // The first search builds the indexes; the runner's first poll beats its heartbeat.
        TestApp::send_to(router.clone(), get("/en/search?q=data", &[])).await;
        TestApp::send_to(router.clone(), get("/en/offers?q=data", &[])).await;
        let runner = server::background::runner(app.settings(), &state)
            .unwrap_or_else(|e| panic!("{e}"))
            .beating(state.jobs.clone());
        let jobs = runner.clone().spawn(std::time::Duration::from_secs(3600));
        let mut ready = TestApp::send_to(router.clone(), get("/readyz", &[])).await;
        for _ in 0..50 {
            if ready.status == StatusCode::OK {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            ready = TestApp::send_to(router.clone(), get("/readyz", &[])).await;
        }
        jobs.abort();
        let _ = runner.release().await;
        assert_eq!(ready.status, StatusCode::OK, "[{}] {}", app.name, ready.body);
        assert!(ready.headers.get("set-cookie").is_none());
        let report: serde_json::Value = serde_json::from_str(&ready.body).unwrap_or_default();
        assert_eq!(report["ready"], true, "{report}");

        let sitemap = app.get("/sitemap.xml").await;
        assert!(!sitemap.body.contains("healthz") && !sitemap.body.contains("readyz"));
    }
}

#[tokio::test]
async fn metrics_are_for_loopback_or_the_bearer_token() {
    for app in each_db().await {
        let mut settings = app.settings().clone();
        settings.metrics_token = Some("scrape-me-please".into());
        let router = server::build_router(&settings, app.state());
        let send = |headers: &'static [(&'static str, &'static str)]| {
            TestApp::send_to(router.clone(), get("/metrics", headers))
        };

        let stranger = send(&[("x-forwarded-for", "203.0.113.9")]).await;
        assert_eq!(stranger.status, StatusCode::UNAUTHORIZED, "[{}]", app.name);
        assert!(stranger.body.contains("METRICS_TOKEN"), "{}", stranger.body);
        assert!(stranger.headers.get("www-authenticate").is_some());
        let wrong = send(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("authorization", "Bearer guess"),
        ])
        .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert!(
            wrong.body.contains("not the one set in METRICS_TOKEN"),
            "{}",
            wrong.body
        );
        assert!(!wrong.body.contains("<html"), "plain text, not an error page");

        // A page first, so its route is counted.
        let offer = app.ok("/en/offers").await;
        let slug = offer.attrs("a[href^='/en/offers/']", "href");
        assert!(!slug.is_empty());
        TestApp::send_to(router.clone(), get(&slug[0], &[])).await;
        TestApp::send_to(router.clone(), get("/en/offers/no-such-offer-at-all", &[])).await;

        for allowed in [
            send(&[
                ("x-forwarded-for", "203.0.113.9"),
                ("authorization", "Bearer scrape-me-please"),
            ])
            .await,
            send(&[("x-forwarded-for", "127.0.0.1")]).await,
        ] {
            assert_eq!(allowed.status, StatusCode::OK, "[{}] {}", app.name, allowed.body);
            let text = &allowed.body;
            assert!(
                text.contains(
                    "http_requests_total{method=\"GET\",route=\"/{lang}/offers/{slug}\",status=\"200\"}"
                ),
                "{text}"
            );
            assert!(text.contains("status=\"404\""), "{text}");
            assert!(
                !text.contains("no-such-offer-at-all"),
                "route templates, not paths"
            );
            for metric in [
                "http_request_duration_seconds_bucket{",
                "db_pool_connections{state=\"idle\"}",
                "background_jobs{state=\"due\"}",
                "background_jobs_failing",
                "outbox_backlog",
            ] {
                assert!(text.contains(metric), "[{}] {metric} missing", app.name);
            }
        }
    }
}

#[tokio::test]
async fn every_response_carries_its_request_id_and_a_failure_shows_it() {
    let app = crate::support::sqlite().await;
    let page = app.get("/en/").await;
    let id = page
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert_eq!(id.len(), 16, "a new id: {id}");

    let given = app.send(get("/en/", &[("x-request-id", "lb-7f3a-42")])).await;
    assert_eq!(
        given.headers.get("x-request-id").and_then(|v| v.to_str().ok()),
        Some("lb-7f3a-42")
    );
    let odd = app.send(get("/en/", &[("x-request-id", "<script>")])).await;
    assert_ne!(
        odd.headers.get("x-request-id").and_then(|v| v.to_str().ok()),
        Some("<script>")
    );

    let failed = app
        .send(get(
            "/fr/_test/fail/internal",
            &[("x-request-id", "incident-2026-12-07")],
        ))
        .await;
    assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        failed.texts(".error-reference code"),
        vec!["incident-2026-12-07".to_string()]
    );
    assert!(
        failed.body.contains("indiquez cette référence"),
        "in the reader's language"
    );
    let missing = app.get("/fr/offers/nothing-here").await;
    assert!(
        missing.texts(".error-reference").is_empty(),
        "only failures on our side"
    );
}

/// A writer the test reads back.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn json_logs_say_one_line_per_request_without_secrets() {
    let app = crate::support::sqlite().await;
    let captured = Captured::default();
    let subscriber = server::serve::subscriber(
        server::config::LogFormat::Json,
        tracing_subscriber::EnvFilter::new("access=info"),
        captured.clone(),
    );
    let _guard = tracing::subscriber::set_default(subscriber);
    let mut client = app.client();
    client
        .sign_in("moderator@example.org", "demo moderator of the academy")
        .await;
    client.get("/en/moderation").await;
    drop(_guard);
    let text = String::from_utf8_lossy(&captured.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned();
    assert!(
        !text.contains("demo moderator of the academy"),
        "no password: {text}"
    );
    assert!(!text.contains("moderator@example.org"), "no address: {text}");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(lines.len() >= 3, "{text}");
    let moderation = lines
        .iter()
        .find(|l| l["route"] == "/{lang}/moderation")
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(moderation["method"], "GET");
    assert_eq!(moderation["status"], 200);
    assert!(moderation["latency_ms"].as_f64().is_some());
    assert_eq!(moderation["request_id"].as_str().map(str::len), Some(16));
    assert!(moderation["user_id"].as_i64().is_some(), "{moderation}");
    let sign_in = lines
        .iter()
        .find(|l| l["method"] == "POST")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        sign_in["user_id"].is_null(),
        "not signed in yet when the form came: {sign_in}"
    );
}
