//! Readers translate too: on a fallback notice, a signed-in reader proposes the text in the
//! page's language; it waits for review like an editor's change (the public page keeps its
//! fallback notice meanwhile), the moderator approves it, and the history credits the reader.

use crate::authorization::person;
use crate::sql::text;
use crate::support::{each_db, location};
use axum::http::StatusCode;

const LEARNER: (&str, &str) = ("learner@example.org", "learner's own long passphrase");
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");
const ADMIN: (&str, &str) = ("admin@example.org", "demo admin of the academy");
/// Written in English, with a Spanish text and no French one.
const SLUG: &str = "fundraising-crm-migration-guide";

#[tokio::test]
async fn a_reader_proposes_a_translation_that_a_moderator_approves() {
    for app in each_db().await {
        let page = format!("/fr/resources/{SLUG}");
        let propose = format!("/fr/translate/resources/{SLUG}");
        let public = app.ok(&page).await;
        assert!(
            public.attrs(".notice-lang a", "href").contains(&propose),
            "[{}] the invitation",
            app.name
        );
        // Signing in comes first.
        let anonymous = app.get(&propose).await;
        assert!(
            location(&anonymous).contains("/account/sign-in?next="),
            "[{}]",
            app.name
        );

        let mut reader = person(&app, Some(LEARNER)).await;
        let form = reader.ok_page(&propose).await;
        assert!(
            !form.texts(".original-value[lang=en]").is_empty(),
            "[{}] the original beside",
            app.name
        );
        assert_eq!(form.attrs("#field-title", "lang"), vec!["fr"]);
        let missing = reader
            .submit(
                &propose,
                &propose,
                &[
                    ("action", "save"),
                    ("title", ""),
                    ("summary", "Un résumé."),
                    ("body_md", "Un texte."),
                ],
            )
            .await;
        assert_eq!(location(&missing), propose);
        let back = reader.follow(&missing).await;
        assert!(!back.texts("#field-title-error").is_empty());
        assert!(back.body.contains("Un résumé."));

        let title = "Guide de migration vers un CRM de collecte de fonds";
        let sent = reader
            .submit(
                &propose,
                &propose,
                &[
                    ("action", "save"),
                    ("title", title),
                    (
                        "summary",
                        "Passer des tableurs à un CRM libre sans perdre de donateurs.",
                    ),
                    ("body_md", "Un guide en **cinq** étapes."),
                ],
            )
            .await;
        assert_eq!(location(&sent), page, "[{}]", app.name);
        assert!(reader
            .follow(&sent)
            .await
            .body
            .contains("votre traduction est envoyée"));
        // Still the English text, with its notice, until a moderator approves.
        let still = app.ok(&page).await;
        assert!(!still.texts(".notice-lang").is_empty(), "[{}]", app.name);
        assert_ne!(still.texts("h1"), vec![title]);

        let id = crate::sql::scalar(&app, &format!("SELECT id FROM resources WHERE slug = '{SLUG}'")).await;
        let mut moderator = person(&app, Some(MODERATOR)).await;
        let queue = moderator.ok_page("/en/moderation?kind=resource").await;
        assert!(
            queue.texts("tbody th").iter().any(|t| t.contains("change")),
            "[{}]",
            app.name
        );
        let review = format!("/en/moderation/resources/{id}");
        let changes = moderator.ok_page(&review).await.texts("table.changes tbody th");
        assert!(
            changes
                .iter()
                .any(|c| c.starts_with("Title") && c.contains("Français")),
            "{changes:?}"
        );
        let done = moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);

        let now = app.ok(&page).await;
        assert_eq!(now.texts("h1"), vec![title], "[{}]", app.name);
        assert!(now.texts(".notice-lang").is_empty());
        // The history credits the reader.
        let mut admin = person(&app, Some(ADMIN)).await;
        let history = admin
            .ok_page(&format!("/en/partner/resources/{id}"))
            .await
            .texts(".history li");
        assert!(
            history
                .iter()
                .any(|h| h.contains("translation proposed") && h.contains("Lou")),
            "{history:?}"
        );
        assert_eq!(
            text(
                &app,
                &format!("SELECT title FROM resource_translations WHERE resource_id = {id} AND lang = 'fr'")
            )
            .await,
            title
        );
        // Nothing to translate into the original language, nor in a draft.
        assert_eq!(
            reader
                .get(&format!("/en/translate/resources/{SLUG}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let draft = text(
            &app,
            "SELECT slug FROM resources WHERE status = 'draft' ORDER BY id LIMIT 1",
        )
        .await;
        assert_eq!(
            reader
                .get(&format!("/fr/translate/resources/{draft}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            reader.get("/fr/translate/webinars/anything").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn a_pathway_without_a_language_invites_readers_to_translate_every_step() {
    for app in each_db().await {
        let slug = crate::sql::text(
            &app,
            "SELECT slug FROM pathways WHERE original_lang <> 'fr' ORDER BY id LIMIT 1",
        )
        .await;
        app.exec(&format!(
            "DELETE FROM pathway_translations WHERE lang = 'fr' AND pathway_id = \
             (SELECT id FROM pathways WHERE slug = '{slug}')"
        ))
        .await;
        let propose = format!("/fr/translate/pathways/{slug}");
        let public = app.ok(&format!("/fr/pathways/{slug}")).await;
        assert!(
            public.attrs(".notice-lang a", "href").contains(&propose),
            "[{}] the invitation",
            app.name
        );
        let mut reader = person(&app, Some(LEARNER)).await;
        let form = reader.ok_page(&propose).await;
        assert!(
            form.texts("label")
                .iter()
                .any(|l| l.starts_with("Étape 2 › Titre")),
            "[{}] the steps are translated with the pathway: {:?}",
            app.name,
            form.texts("label")
        );
    }
}
