//! Pathways from the partner space, without JavaScript: a pathway drafted, its steps added,
//! written (a quiz refused without its right answer), reordered (not past the end), held back
//! from review while a step is unfinished, then submitted and approved into the public list;
//! a published pathway's change waits for review and keeps learners' progress on its steps.

use crate::authorization::person;
use crate::sql::{scalar, text, texts};
use crate::support::{each_db, location, TestApp};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const OTHER: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");

async fn step_titles(app: &TestApp, id: i32) -> Vec<String> {
    texts(
        app,
        &format!(
            "SELECT t.title FROM pathway_steps s JOIN pathway_step_translations t ON t.step_id = s.id \
             WHERE s.pathway_id = {id} AND t.lang = 'fr' ORDER BY s.position"
        ),
    )
    .await
}

#[tokio::test]
async fn a_pathway_is_written_step_by_step_then_reviewed() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let new = "/fr/partner/pathways/new?org=bitsociale-cooperativa";
        let created = editor
            .send_form(
                new,
                &[
                    ("title", "Tenir un tableur de bénévoles"),
                    (
                        "goal",
                        "Savoir tenir à jour la liste des bénévoles d'une association.",
                    ),
                    ("description_md", "Un parcours **court** pour les associations."),
                    ("competence_1", "3.4"),
                    ("level_1", "5"),
                    ("original_lang", "fr"),
                    ("action", "save"),
                ],
            )
            .await;
        let item = location(&created)
            .split('#')
            .next()
            .unwrap_or_default()
            .to_string();
        assert!(item.starts_with("/fr/partner/pathways/"), "[{}] {item}", app.name);
        let id: i32 = item.rsplit('/').next().and_then(|s| s.parse().ok()).unwrap_or(-1);
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT level FROM pathway_competences WHERE pathway_id = {id}")
            )
            .await,
            5
        );
        // Nothing to review yet: no steps.
        let early = editor.send_form(&item, &[("action", "submit")]).await;
        let page = editor.follow(&early).await;
        assert!(
            page.body.contains("au moins une étape"),
            "[{}] {}",
            app.name,
            page.body
        );
        assert_eq!(
            text(&app, &format!("SELECT status FROM pathways WHERE id = {id}")).await,
            "draft"
        );

        let steps = format!("{item}/steps");
        for (kind, title) in [
            ("read", "Lire la charte"),
            ("quiz", "Vérifier"),
            ("practise", "S'exercer"),
        ] {
            let added = editor
                .submit(
                    &item,
                    &steps,
                    &[
                        ("action", "add"),
                        ("step_kind", kind),
                        ("step_title", title),
                        ("version", &version(&app, id).await),
                    ],
                )
                .await;
            assert!(
                location(&added).starts_with(&format!("{item}/steps/")),
                "[{}] {}",
                app.name,
                location(&added)
            );
        }
        assert_eq!(
            step_titles(&app, id).await,
            ["Lire la charte", "Vérifier", "S'exercer"]
        );

        // The quiz: refused without a right answer, every value kept.
        let quiz = format!("{item}/steps/2");
        let question = [
            ("action", "save"),
            ("minutes", "5"),
            ("questions", "1"),
            ("question.01.prompt", "Qui peut voir la liste ?"),
            ("question.01.choice.01.label", "Tout le monde"),
            ("question.01.choice.02.label", "Les responsables"),
        ];
        let refused = editor.send_form(&quiz, &question).await;
        let back = editor.follow(&refused).await;
        assert_eq!(
            back.texts("#field-question\\.01\\.correct .field-error").len(),
            1,
            "[{}] {}",
            app.name,
            back.body
        );
        assert_eq!(
            back.texts("textarea[name='question.01.prompt']"),
            vec!["Qui peut voir la liste ?"]
        );
        let mut right = question.to_vec();
        right.push(("question.01.correct", "02"));
        let saved = editor.send_form(&quiz, &right).await;
        assert_eq!(location(&saved), format!("{item}#steps"), "[{}]", app.name);
        assert_eq!(
            texts(
                &app,
                &format!(
                    "SELECT t.label FROM quiz_choices c JOIN quiz_choice_translations t ON t.choice_id = c.id \
                     JOIN quiz_questions q ON q.id = c.question_id JOIN pathway_steps s ON s.id = q.step_id \
                     WHERE s.pathway_id = {id} AND c.correct = {}",
                    "TRUE"
                )
            )
            .await,
            ["Les responsables"]
        );

        // Reordered by the positions typed; a position past the end is refused, nothing moves.
        let order = |a: &'static str, b: &'static str, c: &'static str| {
            vec![
                ("action", "reorder"),
                ("position.01", a),
                ("position.02", b),
                ("position.03", c),
            ]
        };
        let v = version(&app, id).await;
        let mut past = order("9", "1", "2");
        past.push(("version", &v));
        let refused = editor.submit(&item, &steps, &past).await;
        let back = editor.follow(&refused).await;
        assert!(
            back.texts("#field-position\\.01-error")
                .iter()
                .any(|m| m.contains('3')),
            "[{}] {}",
            app.name,
            back.body
        );
        assert_eq!(
            step_titles(&app, id).await,
            ["Lire la charte", "Vérifier", "S'exercer"]
        );
        let mut fine = order("3", "1", "2");
        fine.push(("version", &v));
        editor.submit(&item, &steps, &fine).await;
        assert_eq!(
            step_titles(&app, id).await,
            ["Vérifier", "S'exercer", "Lire la charte"]
        );
        let v = version(&app, id).await;
        editor
            .submit(&item, &steps, &[("action", "up.3"), ("version", &v)])
            .await;
        assert_eq!(
            step_titles(&app, id).await,
            ["Vérifier", "Lire la charte", "S'exercer"]
        );

        // Not ready: the reading and the practice are unfinished.
        let held = editor.send_form(&item, &[("action", "submit")]).await;
        let page = editor.follow(&held).await;
        assert!(page.body.contains("2, 3"), "[{}] {}", app.name, page.body);
        assert_eq!(
            text(&app, &format!("SELECT status FROM pathways WHERE id = {id}")).await,
            "draft"
        );
        editor
            .send_form(
                &format!("{item}/steps/2"),
                &[("action", "save"), ("content_md", "La charte tient en une page.")],
            )
            .await;
        editor
            .send_form(
                &format!("{item}/steps/3"),
                &[
                    ("action", "save"),
                    ("checklist", "Ouvrir le tableur\nAjouter une ligne"),
                ],
            )
            .await;
        let sent = editor.send_form(&item, &[("action", "submit")]).await;
        assert_eq!(location(&sent), item, "[{}]", app.name);
        assert_eq!(
            text(&app, &format!("SELECT status FROM pathways WHERE id = {id}")).await,
            "in_review"
        );

        // Another organisation's editor cannot touch its steps.
        let mut stranger = person(&app, Some(OTHER)).await;
        let refused = stranger
            .submit("/fr/partner", &steps, &[("action", "remove.1"), ("version", "1")])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(
            stranger.get(&format!("{item}/steps/1")).await.status,
            StatusCode::NOT_FOUND
        );

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let review = format!("/fr/moderation/pathways/{id}");
        let page = moderator.ok_page(&review).await;
        assert!(
            page.body.contains("Étape 2"),
            "[{}] the diff names the steps",
            app.name
        );
        moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        let slug = text(&app, &format!("SELECT slug FROM pathways WHERE id = {id}")).await;
        let public = app.ok(&format!("/fr/pathways/{slug}")).await;
        assert_eq!(public.texts("h1"), vec!["Tenir un tableur de bénévoles"]);
        assert!(public.body.contains("Lire la charte"));
    }
}

async fn version(app: &TestApp, id: i32) -> String {
    scalar(app, &format!("SELECT version FROM pathways WHERE id = {id}"))
        .await
        .to_string()
}

#[tokio::test]
async fn a_published_pathway_changes_through_review_and_keeps_progress() {
    for app in each_db().await {
        let pick = "SELECT p.id FROM pathways p JOIN organisations o ON o.id = p.organisation_id \
                    WHERE p.status = 'published' AND o.slug = 'bitsociale-cooperativa' ORDER BY p.id LIMIT 1";
        let id = i32::try_from(scalar(&app, pick).await).unwrap_or(-1);
        assert!(
            id > 0,
            "[{}] a published demo pathway of the organisation",
            app.name
        );
        let first = scalar(
            &app,
            &format!("SELECT id FROM pathway_steps WHERE pathway_id = {id} ORDER BY position LIMIT 1"),
        )
        .await;
        let original = text(
            &app,
            &format!("SELECT original_lang FROM pathways WHERE id = {id}"),
        )
        .await;
        let step_title = |lang: &str| {
            format!("SELECT title FROM pathway_step_translations WHERE step_id = {first} AND lang = '{lang}'")
        };
        let before = text(&app, &step_title(&original)).await;

        let mut editor = person(&app, Some(EDITOR)).await;
        let step = format!("/{original}/partner/pathways/{id}/steps/1");
        let proposed = editor
            .send_form(
                &step,
                &[("action", "save"), ("title", "Un nouveau titre d'étape")],
            )
            .await;
        assert!(
            proposed.status.is_redirection(),
            "[{}] {}",
            app.name,
            proposed.body
        );
        assert_eq!(
            text(&app, &step_title(&original)).await,
            before,
            "[{}] the public step stays",
            app.name
        );
        // Moving steps of a published pathway is a change for review too.
        let item = format!("/{original}/partner/pathways/{id}");
        let v = version(&app, id).await;
        editor
            .submit(
                &item,
                &format!("{item}/steps"),
                &[("action", "down.1"), ("version", &v)],
            )
            .await;
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT position FROM pathway_steps WHERE id = {first}")
            )
            .await,
            1
        );

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let review = format!("/en/moderation/pathways/{id}");
        moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(
            text(&app, &step_title(&original)).await,
            "Un nouveau titre d'étape",
            "[{}] the same step row, renamed",
            app.name
        );
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT position FROM pathway_steps WHERE id = {first}")
            )
            .await,
            2,
            "[{}] and moved",
            app.name
        );
    }
}
