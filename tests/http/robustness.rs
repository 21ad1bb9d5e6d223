//! Hostile or malformed addresses never give a 500: the page renders, with a notice for what
//! was ignored.

use crate::support::each_db;
use axum::http::StatusCode;

#[tokio::test]
async fn hostile_query_parameters_render_with_a_notice() {
    let long = "a".repeat(10_000);
    for app in each_db().await {
        for uri in [
            "/en/jobs?page=-1".to_string(),
            "/en/jobs?page=99999999999999999999999".to_string(),
            "/en/jobs?page=abc".to_string(),
            "/en/jobs?area=%3Cscript%3Ealert(1)%3C/script%3E".to_string(),
            "/fr/interviews?country=%FF%FE".to_string(),
            "/fr/interviews?job=%27%20OR%201%3D1--".to_string(),
            format!("/es/organisations?kind={long}"),
            "/it/organisations?country=ZZ&kind=cooperative".to_string(),
            "/en/interviews?page=9999".to_string(),
        ] {
            let page = app.get(&uri).await;
            assert_eq!(
                page.status,
                StatusCode::OK,
                "[{}] {}",
                app.name,
                &uri[..uri.len().min(80)]
            );
            assert_eq!(
                page.texts(".notice-warning").len(),
                1,
                "notice on {}",
                &uri[..uri.len().min(80)]
            );
            assert!(!page.body.contains("<script>alert"), "markup reflected on {uri}");
            assert!(
                !page.texts("main .cards > li").is_empty(),
                "results still shown on {}",
                &uri[..uri.len().min(80)]
            );
        }
        // A valid filter next to an invalid one is still applied.
        let page = app.ok("/it/organisations?country=ZZ&kind=cooperative").await;
        assert_eq!(page.texts("main .cards > li").len(), 3);
        // Unknown parameters (tracking tags and the like) are simply not used, without a notice.
        let page = app.ok("/en/jobs?utm_source=newsletter").await;
        assert!(page.texts(".notice-warning").is_empty());
    }
}

#[tokio::test]
async fn malformed_paths_are_404_not_500() {
    for app in each_db().await {
        for uri in [
            "/fr/jobs/%FF%FE",
            "/fr/jobs/%3Cscript%3E",
            "/fr/interviews/..%2F..%2Fetc%2Fpasswd",
            "/%FF/jobs",
            "/fr/organisations/a%00b",
        ] {
            let status = app.get(uri).await.status;
            assert_eq!(status, StatusCode::NOT_FOUND, "[{}] {uri}", app.name);
        }
    }
}
