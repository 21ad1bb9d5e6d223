//! Every error a person can meet is a page in their language (one `h1`, the right `lang`, a way
//! back, the right status); a client that asks for JSON gets the same error as an RFC 9457
//! problem document with a stable `code`.

use crate::support::{each_db, Page, TestApp};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};

const LANGS: [&str; 4] = ["en", "fr", "es", "it"];

/// The error title in each language, by code (from `locales/*/common.ftl`).
fn title(code: &str, lang: &str) -> &'static str {
    match (code, lang) {
        ("not-found", "en") => "Page not found",
        ("not-found", "fr") => "Page introuvable",
        ("not-found", "es") => "Página no encontrada",
        ("not-found", "it") => "Pagina non trovata",
        ("forbidden", "en") => "Access denied",
        ("forbidden", "fr") => "Accès refusé",
        ("forbidden", "es") => "Acceso denegado",
        ("forbidden", "it") => "Accesso negato",
        ("method-not-allowed", "en") => "This action is not possible here",
        ("method-not-allowed", "fr") => "Cette action n'est pas possible ici",
        ("method-not-allowed", "es") => "Esta acción no es posible aquí",
        ("method-not-allowed", "it") => "Questa azione non è possibile qui",
        ("payload-too-large", "en") => "What you sent is too large",
        ("payload-too-large", "fr") => "Ce que vous avez envoyé est trop volumineux",
        ("payload-too-large", "es") => "Lo que has enviado es demasiado grande",
        ("payload-too-large", "it") => "Quanto inviato è troppo grande",
        ("validation", "en") => "Some information is not valid",
        ("validation", "fr") => "Certaines informations ne sont pas valides",
        ("validation", "es") => "Algunos datos no son válidos",
        ("validation", "it") => "Alcune informazioni non sono valide",
        ("conflict", "en") => "This already exists",
        ("conflict", "fr") => "Cet élément existe déjà",
        ("conflict", "es") => "Esto ya existe",
        ("conflict", "it") => "Elemento già esistente",
        ("gone", "en") => "This page was withdrawn",
        ("gone", "fr") => "Cette page a été retirée",
        ("gone", "es") => "Esta página se ha retirado",
        ("gone", "it") => "Questa pagina è stata ritirata",
        ("internal", "en") => "Something went wrong on our side",
        ("internal", "fr") => "Un problème est survenu de notre côté",
        ("internal", "es") => "Algo ha fallado por nuestra parte",
        ("internal", "it") => "Si è verificato un problema da parte nostra",
        _ => panic!("no title for {code} in {lang}"),
    }
}

/// The request that meets error `code` in `lang`, for a person signed in as a learner (a 403
/// needs someone signed in without the right).
fn request(code: &str, lang: &str, json: bool) -> Request<Body> {
    let builder = match code {
        "not-found" => Request::get(format!("/{lang}/jobs/no-such-job")),
        "forbidden" => Request::get(format!("/{lang}/admin/users")),
        "method-not-allowed" => Request::delete(format!("/{lang}/jobs")),
        "payload-too-large" => Request::post(format!("/{lang}/account/sign-in"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
        other => Request::get(format!("/{lang}/_test/fail/{other}")),
    };
    let builder = if json {
        builder.header(header::ACCEPT, "application/json")
    } else {
        builder.header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
    };
    let body = if code == "payload-too-large" {
        Body::from(format!("email={}", "x".repeat(600 * 1024)))
    } else {
        Body::empty()
    };
    builder.body(body).unwrap_or_else(|e| panic!("{e}"))
}

const CASES: [(&str, StatusCode); 8] = [
    ("not-found", StatusCode::NOT_FOUND),
    ("gone", StatusCode::GONE),
    ("forbidden", StatusCode::FORBIDDEN),
    ("method-not-allowed", StatusCode::METHOD_NOT_ALLOWED),
    ("payload-too-large", StatusCode::PAYLOAD_TOO_LARGE),
    ("validation", StatusCode::UNPROCESSABLE_ENTITY),
    ("conflict", StatusCode::CONFLICT),
    ("internal", StatusCode::INTERNAL_SERVER_ERROR),
];

async fn send_as_learner(app: &TestApp, cookie: &str, request: Request<Body>) -> Page {
    let (mut parts, body) = request.into_parts();
    parts
        .headers
        .insert(header::COOKIE, cookie.parse().unwrap_or_else(|e| panic!("{e}")));
    app.send(Request::from_parts(parts, body)).await
}

#[tokio::test]
async fn every_error_is_a_page_in_the_readers_language() {
    for app in each_db().await {
        let learner = crate::authorization::person(&app, crate::authorization::PEOPLE[1].1).await;
        let cookie = format!("sta_session={}", learner.cookie.clone().unwrap_or_default());
        for (code, status) in CASES {
            for lang in LANGS {
                let page = send_as_learner(&app, &cookie, request(code, lang, false)).await;
                let what = format!("[{}] {code} in {lang}", app.name);
                assert_eq!(page.status, status, "{what}: {}", page.body);
                assert_eq!(page.attrs("html", "lang"), vec![lang.to_string()], "{what}");
                assert_eq!(page.texts("h1"), vec![title(code, lang).to_string()], "{what}");
                assert_eq!(page.texts("main").len(), 1, "{what}");
                assert!(
                    page.attrs("main a", "href").contains(&format!("/{lang}/")),
                    "{what}: a way back home"
                );
                assert!(
                    page.texts(".account-nav a").iter().any(|t| !t.is_empty()),
                    "{what}: the site's frame stays"
                );
            }
        }
    }
}

#[tokio::test]
async fn json_clients_get_problem_documents_with_a_stable_code() {
    for app in each_db().await {
        let learner = crate::authorization::person(&app, crate::authorization::PEOPLE[1].1).await;
        let cookie = format!("sta_session={}", learner.cookie.clone().unwrap_or_default());
        for (code, status) in CASES {
            for lang in LANGS {
                let page = send_as_learner(&app, &cookie, request(code, lang, true)).await;
                let what = format!("[{}] {code} in {lang}", app.name);
                assert_eq!(page.status, status, "{what}: {}", page.body);
                assert_eq!(
                    page.headers[header::CONTENT_TYPE],
                    "application/problem+json",
                    "{what}"
                );
                let problem: serde_json::Value =
                    serde_json::from_str(&page.body).unwrap_or_else(|e| panic!("{what}: {e}"));
                assert_eq!(problem["code"], code, "{what}");
                assert_eq!(problem["status"], status.as_u16(), "{what}");
                assert_eq!(problem["title"], title(code, lang), "{what}");
                assert!(
                    problem["type"].as_str().is_some_and(|t| t.ends_with(code)),
                    "{what}"
                );
                assert!(
                    problem["detail"].as_str().is_some_and(|d| !d.is_empty()),
                    "{what}"
                );
            }
        }
    }
}

#[tokio::test]
async fn an_unknown_language_prefix_is_the_404_in_the_readers_language() {
    for app in each_db().await {
        let page = app
            .send(
                Request::delete("/de/jobs")
                    .header(header::ACCEPT_LANGUAGE, "it-IT,it;q=0.9")
                    .body(Body::empty())
                    .unwrap_or_else(|e| panic!("{e}")),
            )
            .await;
        assert!(page.status.is_client_error(), "[{}] {}", app.name, page.status);
        assert_eq!(
            page.attrs("html", "lang"),
            vec!["it".to_string()],
            "[{}]",
            app.name
        );
        assert_eq!(page.texts("h1").len(), 1);
    }
}

#[tokio::test]
async fn malformed_server_function_calls_are_bad_requests_never_500() {
    for app in each_db().await {
        let mut client = app.client();
        let token = crate::support::csrf_of(&client.get("/en/account/sign-in").await);
        let path = <app::jobs::api::ListJobs as leptos::server_fn::ServerFn>::PATH;
        assert!(
            path.starts_with("/_server/"),
            "server functions are off /api/: {path}"
        );
        for body in ["%%%", "page=not-a-number&lang=xx", "{not json"] {
            let page = client
                .send(
                    Request::post(path)
                        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .header("x-csrf-token", token.clone()),
                    Body::from(body),
                )
                .await;
            assert_eq!(
                page.status,
                StatusCode::BAD_REQUEST,
                "[{}] {body}: {}",
                app.name,
                page.body
            );
        }
        // `/api/` is free for the public API: nothing answers there today.
        let old = client
            .send(
                Request::post("/api/list_jobs")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header("x-csrf-token", token.clone()),
                Body::empty(),
            )
            .await;
        assert!(
            matches!(old.status, StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED),
            "{}",
            old.status
        );
    }
}
