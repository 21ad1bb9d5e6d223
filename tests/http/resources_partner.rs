//! Publishing a resource from the partner space: a draft with its lists checked on the server,
//! a file checked by its content (not its name) and by its size, no review without a file or
//! a link, another organisation's editor kept out, and the moderator's approval putting it in
//! the library at once.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location, Client, Page};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const OTHER_EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");
const NEW: &str = "/es/partner/resources/new?org=conecta-mayores";

/// Sends the file form of `page_uri` with `bytes` as `name`.
async fn send_file(client: &mut Client<'_>, page_uri: &str, name: &str, bytes: &[u8]) -> Page {
    let page = client.ok_page(page_uri).await;
    let token = csrf_of(&page);
    let version = page.attrs("form[enctype] input[name=version]", "value");
    let action = page.attrs("form[enctype]", "action");
    client
        .post_multipart(
            &action[0],
            &[("csrf_token", token.as_str()), ("version", version[0].as_str())],
            (name, bytes),
        )
        .await
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

#[tokio::test]
async fn an_editor_publishes_a_resource_through_review() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let form = editor.ok_page(NEW).await;
        assert_eq!(form.texts("h1"), vec!["Nuevo recurso"]);
        // The organisation's language and "learners" are ticked; CC BY-SA is the licence.
        assert!(form
            .attrs("input[checked]", "name")
            .contains(&"lang_es".to_string()));
        assert_eq!(
            form.attrs("#field-licence option[selected]", "value"),
            vec!["cc-by-sa-4.0"]
        );

        // No language ticked: a message on the group, everything typed kept.
        let refused = editor
            .send_form(
                NEW,
                &[
                    ("title", "Guía pangolín para talleres de móvil"),
                    (
                        "summary",
                        "Cómo preparar un taller de móvil para personas mayores.",
                    ),
                    ("body_md", "Un taller en **tres** sesiones."),
                    ("lang_es", ""),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(
            location(&refused),
            "/es/partner/resources/new",
            "[{}] {} {}",
            app.name,
            refused.status,
            refused.body.chars().take(3000).collect::<String>()
        );
        let back = editor.follow(&refused).await;
        assert!(back.body.contains("Marca al menos un idioma."), "[{}]", app.name);
        assert_eq!(
            back.attrs("#field-title", "value"),
            vec!["Guía pangolín para talleres de móvil"]
        );

        let created = editor
            .send_form(
                NEW,
                &[
                    ("title", "Guía pangolín para talleres de móvil"),
                    (
                        "summary",
                        "Cómo preparar un taller de móvil para personas mayores.",
                    ),
                    ("body_md", "Un taller en **tres** sesiones."),
                    ("competence_2.1", "on"),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let item = location(&created);
        assert!(item.starts_with("/es/partner/resources/"), "{item}");
        let id = scalar(&app, "SELECT resource_id FROM resource_translations WHERE title = 'Guía pangolín para talleres de móvil'").await;
        let slug = text(&app, &format!("SELECT slug FROM resources WHERE id = {id}")).await;
        assert_eq!(slug, "guia-pangolin-para-talleres-de-movil");
        assert_eq!(
            app.get(&format!("/es/resources/{slug}")).await.status,
            StatusCode::NOT_FOUND
        );

        // Nothing to open yet: not sent for review.
        let early = editor.send_form(&item, &[("action", "submit")]).await;
        let back = editor.follow(&early).await;
        assert!(
            back.body.contains("indica un enlace o envía antes un archivo"),
            "[{}]",
            app.name
        );
        assert_eq!(
            text(&app, &format!("SELECT status FROM resources WHERE id = {id}")).await,
            "draft"
        );

        // A program named like a PDF is refused by its content; a PDF is kept.
        let exe = send_file(
            &mut editor,
            &item,
            "guia.pdf",
            b"MZ\x90\x00\x03 this is a program",
        )
        .await;
        assert_eq!(location(&exe), item, "[{}]", app.name);
        let back = editor.follow(&exe).await;
        assert!(
            back.texts("#field-file-error")
                .iter()
                .any(|e| e.contains("no es un documento PDF")),
            "[{}]",
            app.name
        );
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM resource_files WHERE resource_id = {id}")
            )
            .await,
            0
        );
        let pdf = send_file(&mut editor, &item, "Guía Pangolín.pdf", PDF).await;
        assert_eq!(location(&pdf), item, "[{}] {}", app.name, pdf.body);
        let page = editor.follow(&pdf).await;
        assert!(
            page.body.contains("Guia-Pangolin.pdf"),
            "[{}] the clean name",
            app.name
        );
        // The editor may download the draft's file; nobody else.
        let download = format!("/es/resources/{slug}/file");
        assert_eq!(editor.get(&download).await.status, StatusCode::OK);
        assert_eq!(app.get(&download).await.status, StatusCode::NOT_FOUND);

        // Another organisation's editor can neither send a file nor save it.
        let mut other = person(&app, Some(OTHER_EDITOR)).await;
        assert_eq!(other.get(&item).await.status, StatusCode::NOT_FOUND);
        let token = csrf_of(&other.ok_page("/en/partner").await);
        let forged = other
            .post(
                &item,
                &[
                    ("csrf_token", &token),
                    ("action", "save"),
                    ("version", "9"),
                    ("title", "x"),
                    ("summary", "x"),
                    ("body_md", "x"),
                    ("kind", "guide"),
                    ("licence", "cc0-1.0"),
                    ("original_lang", "es"),
                    ("lang_es", "on"),
                    ("audience_learner", "on"),
                ],
            )
            .await;
        assert!(
            matches!(forged.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "[{}] {}",
            app.name,
            forged.status
        );

        let sent = editor.send_form(&item, &[("action", "submit")]).await;
        assert_eq!(location(&sent), item);
        assert_eq!(
            text(&app, &format!("SELECT status FROM resources WHERE id = {id}")).await,
            "in_review"
        );

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let queue = moderator.ok_page("/en/moderation?kind=resource").await;
        assert!(
            queue.texts("tbody th a").iter().any(|t| t.contains("pangolín")),
            "[{}] {:?}",
            app.name,
            queue.texts("tbody th")
        );
        let review = format!("/en/moderation/resources/{id}");
        let page = moderator.ok_page(&review).await;
        assert!(page
            .texts("table.changes tbody th")
            .iter()
            .any(|t| t.starts_with("Summary")));
        let done = moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        let public = app.ok(&format!("/es/resources/{slug}")).await;
        assert!(public.body.contains("PDF, "), "[{}]", app.name);
        let found = app.ok("/en/resources?q=pangolin").await;
        assert_eq!(
            found.texts(".cards h2").len(),
            1,
            "[{}] in the library at once",
            app.name
        );
        assert_eq!(app.get(&download).await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn a_file_too_large_is_refused_before_it_is_read() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let id = scalar(
            &app,
            "SELECT r.id FROM resources r JOIN organisations o ON o.id = r.organisation_id WHERE o.slug = 'conecta-mayores' LIMIT 1",
        )
        .await;
        app.exec(&format!("UPDATE resources SET status = 'draft' WHERE id = {id}"))
            .await;
        let item = format!("/es/partner/resources/{id}");
        let mut big = PDF.to_vec();
        big.resize(11 * 1024 * 1024, b' ');
        let refused = send_file(&mut editor, &item, "big.pdf", &big).await;
        assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE, "[{}]", app.name);
        // Other forms keep their small limit.
        let token = csrf_of(&editor.ok_page(&item).await);
        let long = "x".repeat(300 * 1024);
        let too_long = editor
            .post(&item, &[("csrf_token", &token), ("body_md", &long)])
            .await;
        assert_eq!(too_long.status, StatusCode::PAYLOAD_TOO_LARGE, "[{}]", app.name);
    }
}
