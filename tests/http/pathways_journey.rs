//! A learner's journey without JavaScript: steps in order, honest refusals, a quiz failed
//! then passed, the badge claimed once, verified, and revoked by an administrator.

use crate::sql::{scalar, text, texts};
use crate::support::{location, Client, TestApp};
use axum::http::StatusCode;

pub const SLUG: &str = "open-data-for-associations";
const ADMIN: (&str, &str) = ("admin@example.org", "demo admin of the academy");

/// Step kinds of `slug`, in order.
pub async fn kinds(app: &TestApp, slug: &str) -> Vec<String> {
    texts(
        app,
        &format!(
            "SELECT s.kind FROM pathway_steps s JOIN pathways p ON p.id = s.pathway_id \
             WHERE p.slug = '{slug}' ORDER BY s.position"
        ),
    )
    .await
}

/// One answer per question of the quiz at `n`: the right ones, or a wrong one each.
pub async fn answers(app: &TestApp, slug: &str, n: usize, right: bool) -> Vec<(String, String)> {
    let pick = if right {
        "c.correct = TRUE"
    } else {
        "c.correct = FALSE"
    };
    texts(
        app,
        &format!(
            "SELECT 'q' || CAST(q.id AS TEXT) || '=' || CAST(MIN(c.id) AS TEXT) FROM quiz_questions q \
             JOIN pathway_steps s ON s.id = q.step_id JOIN pathways p ON p.id = s.pathway_id \
             JOIN quiz_choices c ON c.question_id = q.id \
             WHERE p.slug = '{slug}' AND s.position = {n} AND {pick} GROUP BY q.id ORDER BY q.id"
        ),
    )
    .await
    .into_iter()
    .filter_map(|pair| pair.split_once('=').map(|(q, c)| (q.to_string(), c.to_string())))
    .collect()
}

/// Sends step `n`'s form with `fields` (the page's token added).
pub async fn send_step(
    client: &mut Client<'_>,
    slug: &str,
    n: usize,
    fields: &[(&str, &str)],
) -> crate::support::Page {
    let path = format!("/en/pathways/{slug}/steps/{n}");
    client.submit(&path, &path, fields).await
}

/// Does every step of `slug` in order (quizzes answered right); returns the last response.
pub async fn finish(app: &TestApp, client: &mut Client<'_>, slug: &str) -> crate::support::Page {
    let mut last = None;
    for (i, kind) in kinds(app, slug).await.iter().enumerate() {
        let n = i + 1;
        let sent = if kind == "quiz" {
            let pairs = answers(app, slug, n, true).await;
            let mut fields: Vec<(&str, &str)> = vec![("action", "quiz")];
            fields.extend(pairs.iter().map(|(q, c)| (q.as_str(), c.as_str())));
            send_step(client, slug, n, &fields).await
        } else {
            send_step(client, slug, n, &[("action", "done")]).await
        };
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "[{}] step {n}", app.name);
        last = Some(sent);
    }
    last.unwrap_or_else(|| panic!("no step"))
}

#[tokio::test]
async fn steps_are_done_in_order_once_and_quizzes_only_by_passing() {
    for app in crate::support::each_db().await {
        let name = app.name;
        let kinds = kinds(&app, SLUG).await;
        let quiz = kinds
            .iter()
            .position(|k| k == "quiz")
            .unwrap_or_else(|| panic!("no quiz"))
            + 1;
        let mut client = app.client();
        // Out of order: refused with a message naming the step to do first.
        let sent = send_step(&mut client, SLUG, 2, &[("action", "done")]).await;
        assert_eq!(location(&sent), format!("/en/pathways/{SLUG}/steps/2"));
        let page = client.follow(&sent).await;
        assert!(page.body.contains("Step 1 comes first"), "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM step_completions").await, 0);
        // In order: done, then on to the next step.
        let step_one = format!("/en/pathways/{SLUG}/steps/1");
        let token = crate::support::csrf_of(&client.ok_page(&step_one).await);
        let sent = client
            .post(&step_one, &[("csrf_token", &token), ("action", "done")])
            .await;
        assert_eq!(location(&sent), format!("/en/pathways/{SLUG}/steps/2"));
        let page = client.follow(&sent).await;
        assert!(page.body.contains("Step done"), "[{name}]");
        // Twice (an old tab): nothing changes, and the learner is told.
        let sent = client
            .post(&step_one, &[("csrf_token", &token), ("action", "done")])
            .await;
        let page = client.follow(&sent).await;
        assert!(page.body.contains("already done"), "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM step_completions").await, 1);
        for n in 2..quiz {
            send_step(&mut client, SLUG, n, &[("action", "done")]).await;
        }
        // The badge waits until every required step is done.
        let claim = client
            .post(
                &format!("/en/pathways/{SLUG}/badge"),
                &[("csrf_token", &token), ("name", "Ada")],
            )
            .await;
        let page = client.follow(&claim).await;
        assert!(page.body.contains("Do every required step"), "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM badges").await, 0);
        // A quiz step is not marked done by hand.
        let sent = send_step(&mut client, SLUG, quiz, &[("action", "done")]).await;
        let page = client.follow(&sent).await;
        assert!(page.body.contains("done by passing its quiz"), "[{name}]");
        // No answer: one message per question, tied to its fieldset.
        let questions = answers(&app, SLUG, quiz, true).await;
        let sent = send_step(&mut client, SLUG, quiz, &[("action", "quiz")]).await;
        let page = client.follow(&sent).await;
        assert_eq!(
            page.texts("fieldset.question .field-error").len(),
            questions.len(),
            "[{name}]"
        );
        assert_eq!(
            page.attrs("fieldset.question[aria-describedby]", "id").len(),
            questions.len()
        );
        // A choice of another question, and nonsense: rejected; a valid answer is kept.
        let (q1, c1) = questions[0].clone();
        let (_, other) = questions[1].clone();
        let (q2, _) = questions[1].clone();
        let mut fields = vec![
            ("action", "quiz"),
            (q1.as_str(), other.as_str()),
            (q2.as_str(), "abc"),
        ];
        let (q3, c3) = questions[2].clone();
        fields.push((q3.as_str(), c3.as_str()));
        let sent = send_step(&mut client, SLUG, quiz, &fields).await;
        let page = client.follow(&sent).await;
        assert!(page.body.contains("not one of the choices"), "[{name}]");
        assert_eq!(
            page.attrs("input[type=radio][checked]", "value"),
            vec![c3.clone()],
            "[{name}] kept"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM quiz_attempts").await, 0);
        let _ = c1;
        // Failed: graded, feedback, not done.
        let wrong = answers(&app, SLUG, quiz, false).await;
        let mut fields = vec![("action", "quiz")];
        fields.extend(wrong.iter().map(|(q, c)| (q.as_str(), c.as_str())));
        let sent = send_step(&mut client, SLUG, quiz, &fields).await;
        let page = client.follow(&sent).await;
        assert!(page.body.contains("not enough to pass"), "[{name}]");
        assert_eq!(page.texts(".feedback-wrong").len(), questions.len(), "[{name}]");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM quiz_attempts WHERE passed = FALSE").await,
            1
        );
        let done_before = scalar(&app, "SELECT COUNT(*) FROM step_completions").await;
        // Passed on a retry.
        let mut fields = vec![("action", "quiz")];
        fields.extend(questions.iter().map(|(q, c)| (q.as_str(), c.as_str())));
        let sent = send_step(&mut client, SLUG, quiz, &fields).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM step_completions").await,
            done_before + 1
        );
        let page = client.ok_page(&format!("/en/pathways/{SLUG}/steps/{quiz}")).await;
        assert_eq!(page.texts(".feedback-right").len(), questions.len(), "[{name}]");
        // Every required step is done now (the last step is optional): the claim form is there.
        let page = client.ok_page(&format!("/en/pathways/{SLUG}")).await;
        assert_eq!(
            page.attrs("form.badge-form", "action"),
            vec![format!("/en/pathways/{SLUG}/badge")],
            "[{name}]"
        );
    }
}

#[tokio::test]
async fn a_finished_pathway_gives_one_signed_badge_that_anyone_can_verify_and_an_admin_can_revoke() {
    for app in crate::support::each_db().await {
        let name = app.name;
        let mut client = app.client();
        let last = finish(&app, &mut client, SLUG).await;
        assert_eq!(location(&last), format!("/en/pathways/{SLUG}#badge"), "[{name}]");
        let page = client.follow(&last).await;
        assert!(page.body.contains("finished the pathway"), "[{name}]");
        // The name is required, and kept when refused.
        let sent = client
            .submit(
                &format!("/en/pathways/{SLUG}"),
                &format!("/en/pathways/{SLUG}/badge"),
                &[("name", "  ")],
            )
            .await;
        let page = client.follow(&sent).await;
        assert!(page.body.contains("Enter the name"), "[{name}]");
        let token = crate::support::csrf_of(&client.ok_page(&format!("/en/pathways/{SLUG}")).await);
        let sent = client
            .submit(
                &format!("/en/pathways/{SLUG}"),
                &format!("/en/pathways/{SLUG}/badge"),
                &[("name", "Ada Lovelace")],
            )
            .await;
        let badge_path = location(&sent);
        assert!(badge_path.starts_with("/en/badges/"), "[{name}] {badge_path}");
        let id = badge_path.trim_start_matches("/en/badges/").to_string();
        let page = client.follow(&sent).await;
        assert!(page.body.contains("This badge is genuine"), "[{name}]");
        assert!(page.body.contains("Ada Lovelace"));
        // Never twice, even from an old tab.
        let again = client
            .post(
                &format!("/en/pathways/{SLUG}/badge"),
                &[("csrf_token", &token), ("name", "Ada")],
            )
            .await;
        assert_eq!(location(&again), badge_path, "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM badges").await, 1);
        // Anyone can check it, also as JSON.
        let public = app.ok(&badge_path).await;
        assert!(public.body.contains("This badge is genuine"), "[{name}]");
        let json: serde_json::Value = serde_json::from_str(&app.ok(&format!("/badges/{id}.json")).await.body)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(json["verification"]["valid"], true, "[{name}]");
        let credential = &json["credential"];
        assert_eq!(
            credential["type"],
            serde_json::json!(["VerifiableCredential", "OpenBadgeCredential"])
        );
        assert_eq!(
            credential["credentialSubject"]["identifier"][0]["identityHash"],
            "Ada Lovelace"
        );
        let alignment = credential["credentialSubject"]["achievement"]["alignment"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!alignment.is_empty(), "[{name}] aligned to DigComp");
        assert!(alignment
            .iter()
            .all(|a| a["targetFramework"].as_str().unwrap_or("").contains("2.2")));
        // The page's address answers machines too.
        let aliased = app.ok(&format!("/fr/badges/{id}.json")).await;
        assert!(aliased.body.contains("\"verification\""), "[{name}]");
        let negotiated = app
            .send(
                axum::http::Request::get(format!("/en/badges/{id}"))
                    .header("accept", "application/json")
                    .body(axum::body::Body::empty())
                    .unwrap_or_else(|e| panic!("{e}")),
            )
            .await;
        assert!(negotiated.body.starts_with('{'), "[{name}] {}", negotiated.body);
        let jwt = app.ok(&format!("/badges/{id}.jwt")).await;
        assert_eq!(jwt.headers["content-type"], "application/vc+jwt");
        assert_eq!(jwt.body.split('.').count(), 3);
        let keys: serde_json::Value =
            serde_json::from_str(&app.ok("/.well-known/jwks.json").await.body).unwrap_or_default();
        assert_eq!(keys["keys"][0]["crv"], "Ed25519");
        let issuer: serde_json::Value =
            serde_json::from_str(&app.ok("/badges/issuer.json").await.body).unwrap_or_default();
        assert_eq!(issuer["id"], credential["issuer"]["id"]);
        // A tampered credential no longer verifies.
        let stored = text(&app, &format!("SELECT credential FROM badges WHERE id = '{id}'")).await;
        let parts: Vec<&str> = stored.split('.').collect();
        use base64::Engine;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let payload = String::from_utf8(engine.decode(parts[1]).unwrap_or_default()).unwrap_or_default();
        let forged = format!(
            "{}.{}.{}",
            parts[0],
            engine.encode(payload.replace("Ada Lovelace", "Eve Mallory")),
            parts[2]
        );
        app.exec(&format!(
            "UPDATE badges SET credential = '{forged}' WHERE id = '{id}'"
        ))
        .await;
        let page = app.ok(&badge_path).await;
        assert!(page.body.contains("could not be verified"), "[{name}]");
        app.exec(&format!(
            "UPDATE badges SET credential = '{stored}' WHERE id = '{id}'"
        ))
        .await;
        // Only an administrator revokes; the page then says so.
        let mut anonymous = app.client();
        let token =
            crate::support::csrf_of(&anonymous.ok_page(&format!("/en/pathways/{SLUG}/steps/1")).await);
        let refused = anonymous
            .post(
                &format!("/en/admin/badges/{id}"),
                &[("csrf_token", &token), ("reason-x", "no")],
            )
            .await;
        assert!(location(&refused).contains("/en/account/sign-in"), "[{name}]");
        let mut moderator = app.client();
        moderator
            .sign_in("moderator@example.org", "demo moderator of the academy")
            .await;
        let token = crate::support::csrf_of(&moderator.ok_page("/en/account").await);
        let field = format!("reason-{id}");
        let refused = moderator
            .post(
                &format!("/en/admin/badges/{id}"),
                &[("csrf_token", &token), (field.as_str(), "no")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{name}]");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM badges WHERE revoked_at IS NOT NULL").await,
            0
        );
        let mut admin = app.client();
        admin.sign_in(ADMIN.0, ADMIN.1).await;
        let list = admin.ok_page("/en/admin/badges").await;
        assert!(list.body.contains("Ada Lovelace"), "[{name}]");
        let sent = admin
            .submit(
                "/en/admin/badges",
                &format!("/en/admin/badges/{id}"),
                &[(field.as_str(), "")],
            )
            .await;
        let page = admin.follow(&sent).await;
        assert!(page.body.contains("Give the reason"), "[{name}]");
        admin
            .submit(
                "/en/admin/badges",
                &format!("/en/admin/badges/{id}"),
                &[(field.as_str(), "Shared by someone else")],
            )
            .await;
        let page = app.ok(&badge_path).await;
        assert!(page.body.contains("This badge was revoked"), "[{name}]");
        assert!(page.body.contains("Shared by someone else"));
        let json: serde_json::Value =
            serde_json::from_str(&app.ok(&format!("/badges/{id}.json")).await.body).unwrap_or_default();
        assert_eq!(json["verification"]["valid"], false);
        let list: serde_json::Value =
            serde_json::from_str(&app.ok("/badges/revocations.json").await.body).unwrap_or_default();
        assert_eq!(list["revokedCredentials"][0]["id"], format!("urn:uuid:{id}"));
    }
}
