//! Job-profile proposals from the partner space: any editor proposes a new profile (it goes to
//! the moderators at once, nothing is public before approval) or a change to a published one
//! (a revision: the public profile stays until a moderator approves it, the history credits the
//! editor); a rejected proposal is mailed to its author; a learner cannot propose.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{each_db, location};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");
const LEARNER: (&str, &str) = ("learner@example.org", "learner's own long passphrase");

#[tokio::test]
async fn an_editor_proposes_a_new_job_profile_and_the_moderators_decide() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let list = editor.ok_page("/es/partner/job-profiles").await;
        assert!(list
            .attrs("a", "href")
            .contains(&"/es/partner/job-profiles/new".to_string()));
        let new = "/es/partner/job-profiles/new";
        let fields = [
            (
                "title",
                "Dinamizador o dinamizadora de comunidades de software libre",
            ),
            (
                "summary",
                "Anima a las personas que usan y mejoran herramientas libres en una red de entidades.",
            ),
            ("missions", "Organizar encuentros\nAcompañar a quien empieza"),
            ("employers", "Cooperativas tecnológicas y fundaciones."),
            ("kind_cooperative", "on"),
            ("competence_1", "2.4"),
            ("level_1", "5"),
            ("original_lang", "es"),
            ("action", "save"),
        ];
        // The routes into the job are missing: the form comes back with everything typed.
        let refused = editor.send_form(new, &fields).await;
        let back = editor.follow(&refused).await;
        assert_eq!(back.texts("#field-routes-error").len(), 1, "[{}]", app.name);
        assert_eq!(
            back.texts("textarea[name=summary]"),
            vec!["Anima a las personas que usan y mejoran herramientas libres en una red de entidades."]
        );
        let mut complete = fields.to_vec();
        complete.push(("routes", "Desde la mediación digital\nDesde el desarrollo"));
        let sent = editor.send_form(new, &complete).await;
        assert_eq!(location(&sent), "/es/partner/job-profiles", "[{}]", app.name);
        let id = scalar(
            &app,
            "SELECT job_profile_id FROM job_profile_translations \
             WHERE title = 'Dinamizador o dinamizadora de comunidades de software libre'",
        )
        .await;
        assert_eq!(
            text(&app, &format!("SELECT status FROM job_profiles WHERE id = {id}")).await,
            "in_review"
        );
        assert_eq!(
            text(
                &app,
                &format!("SELECT employer_kinds FROM job_profiles WHERE id = {id}")
            )
            .await,
            "cooperative"
        );
        let slug = text(&app, &format!("SELECT slug FROM job_profiles WHERE id = {id}")).await;
        assert_eq!(
            app.get(&format!("/es/jobs/{slug}")).await.status,
            StatusCode::NOT_FOUND
        );
        // Not the editor's to read while it waits: the moderators'.
        assert_eq!(
            editor.get(&format!("/es/partner/job-profiles/{id}")).await.status,
            StatusCode::NOT_FOUND
        );

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let queue = moderator.ok_page("/en/moderation?kind=job_profile").await;
        assert!(
            queue
                .attrs("a", "href")
                .contains(&format!("/en/moderation/job-profiles/{id}")),
            "[{}] in the queue",
            app.name
        );
        let review = format!("/en/moderation/job-profiles/{id}");
        moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        let public = app.ok(&format!("/es/jobs/{slug}")).await;
        assert_eq!(
            public.texts("h1"),
            vec!["Dinamizador o dinamizadora de comunidades de software libre"]
        );

        let mut learner = person(&app, Some(LEARNER)).await;
        assert_eq!(learner.get(new).await.status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn a_change_to_a_published_job_profile_waits_for_review() {
    for app in each_db().await {
        let id = scalar(
            &app,
            "SELECT id FROM job_profiles WHERE slug = 'open-data-officer'",
        )
        .await;
        let original = text(
            &app,
            &format!("SELECT original_lang FROM job_profiles WHERE id = {id}"),
        )
        .await;
        let title_sql = format!(
            "SELECT title FROM job_profile_translations WHERE job_profile_id = {id} AND lang = '{original}'"
        );
        let before = text(&app, &title_sql).await;
        let mut editor = person(&app, Some(EDITOR)).await;
        let form = format!("/{original}/partner/job-profiles/{id}");
        let proposed = editor
            .send_form(&form, &[("action", "save"), ("title", "Open data steward")])
            .await;
        assert_eq!(location(&proposed), form, "[{}] {}", app.name, proposed.body);
        assert_eq!(
            text(&app, &title_sql).await,
            before,
            "[{}] the public profile stays",
            app.name
        );
        assert_eq!(
            scalar(
                &app,
                &format!(
                    "SELECT COUNT(*) FROM audit_log WHERE item_kind = 'job_profile' AND item_id = {id} \
                     AND action = 'edit' AND actor_id = (SELECT id FROM users WHERE email = '{}')",
                    EDITOR.0
                )
            )
            .await,
            1,
            "[{}] the history credits the editor",
            app.name
        );

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let review = format!("/en/moderation/job-profiles/{id}");
        let page = moderator.ok_page(&review).await;
        assert!(page.body.contains("Open data steward"), "[{}] the diff", app.name);
        moderator
            .submit(
                &review,
                &review,
                &[("action", "reject"), ("comment", "The title is already clear.")],
            )
            .await;
        assert_eq!(text(&app, &title_sql).await, before);
        assert!(
            scalar(
                &app,
                &format!(
                    "SELECT COUNT(*) FROM outbox WHERE to_address = '{}' AND body LIKE '%The title is already clear.%'",
                    EDITOR.0
                )
            )
            .await
                >= 1,
            "[{}] the author is told why",
            app.name
        );
    }
}
