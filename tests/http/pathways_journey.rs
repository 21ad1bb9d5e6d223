//! A learner's journey without JavaScript: steps in order, honest refusals, a quiz failed
//! then passed; and the helpers other pathway tests walk with.

use crate::sql::{scalar, text, texts};
use crate::support::{location, Client, TestApp};
use axum::http::StatusCode;

pub const SLUG: &str = "open-data-for-associations";

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
        // Each message names its question, in the summary at the top as on the question.
        let summary = page.texts(".error-summary li").join(" | ");
        for n in 1..=questions.len() {
            assert!(
                summary.contains(&format!("Question {n}: choose an answer")),
                "[{name}] {summary}"
            );
        }
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
        // Why each answer is wrong, never which one is right, nor the explanation yet.
        let explanations = texts(
            &app,
            &format!(
                "SELECT t.explanation FROM quiz_question_translations t JOIN quiz_questions q ON q.id = t.question_id \
                 JOIN pathway_steps s ON s.id = q.step_id JOIN pathways p ON p.id = s.pathway_id \
                 WHERE p.slug = '{SLUG}' AND s.position = {quiz} AND t.lang = 'en'"
            ),
        )
        .await;
        let feedback = page.texts(".feedback-wrong").join(" | ");
        assert!(!page.body.contains("The right answer"), "[{name}] {feedback}");
        for explanation in &explanations {
            assert!(
                !feedback.contains(explanation.as_str()),
                "[{name}] explanation before passing"
            );
        }
        for (_, choice) in &wrong {
            let why = text(
                &app,
                &format!("SELECT feedback FROM quiz_choice_translations WHERE choice_id = {choice} AND lang = 'en'"),
            )
            .await;
            assert!(feedback.contains(why.trim()), "[{name}] {why} in {feedback}");
        }
        assert_eq!(
            page.texts(".quiz-form button[type=submit]"),
            vec!["Check my new answers"]
        );
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
        // Passed: the full explanations.
        let feedback = page.texts(".feedback").join(" | ");
        for explanation in &explanations {
            assert!(
                feedback.contains(explanation.as_str()),
                "[{name}] explanation once passed"
            );
        }
        // Every required step is done now (the last step is optional): the claim form is there.
        let page = client.ok_page(&format!("/en/pathways/{SLUG}")).await;
        assert_eq!(
            page.attrs("form.badge-form", "action"),
            vec![format!("/en/pathways/{SLUG}/badge")],
            "[{name}]"
        );
    }
}
