//! Logos and portraits: sent from the partner space, checked by their content, kept as small
//! WebP and PNG variants served for ever under a versioned address, shown with `srcset`, a
//! size and a text on the cards and pages (a monogram where there is no logo); a portrait only
//! with the person's consent; nobody else's organisation or interview.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location, Client, Page};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const OTHER_EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// A real PNG picture (a badge's, 1200 × 630).
fn png() -> Vec<u8> {
    let art = app::pathways::badges::image::Art {
        lang: "es",
        issuer: "Conecta Mayores",
        title: "Logo",
        earned_by: "",
        date: "",
        check_at: "",
        revoked: None,
    };
    app::pathways::badges::image::png(&app::pathways::badges::image::svg(&art))
        .unwrap_or_else(|| panic!("no PNG"))
}

/// Sends the picture form (`action` send or remove) found on `page_uri`.
async fn send(client: &mut Client<'_>, page_uri: &str, fields: &[(&str, &str)], file: (&str, &[u8])) -> Page {
    let page = client.ok_page(page_uri).await;
    let token = csrf_of(&page);
    let action = page
        .attrs("section.picture-section form", "action")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no picture form on {page_uri}"));
    let mut all = vec![("csrf_token", token.as_str())];
    all.extend_from_slice(fields);
    client.post_multipart(&action, &all, file).await
}

#[tokio::test]
async fn an_editor_gives_the_organisation_a_logo_shown_wherever_it_appears() {
    for app in each_db().await {
        let name = app.name;
        let id = scalar(
            &app,
            "SELECT id FROM organisations WHERE slug = 'conecta-mayores'",
        )
        .await;
        let partner_page = format!("/es/partner/organisations/{id}");
        let public_page = "/es/organisations/conecta-mayores";
        let before = app.ok(public_page).await;
        assert_eq!(
            before.texts(".page-head .monogram"),
            vec!["AC"],
            "[{name}] a monogram without a logo"
        );
        let mut editor = person(&app, Some(EDITOR)).await;

        // Not a picture, whatever its name: refused with a reason, nothing kept.
        let refused = send(
            &mut editor,
            &partner_page,
            &[("action", "send")],
            ("logo.png", PDF),
        )
        .await;
        let page = editor.follow(&refused).await;
        assert!(
            page.texts("#field-file-error")
                .concat()
                .contains("no es una imagen PNG, JPEG"),
            "[{name}]"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM pictures").await, 0);

        // A real picture: six variants, a version, shown on the pages.
        let sent = send(
            &mut editor,
            &partner_page,
            &[("action", "send")],
            ("logo.png", &png()),
        )
        .await;
        assert_eq!(location(&sent), partner_page, "[{name}]");
        assert!(
            editor
                .follow(&sent)
                .await
                .texts("[role=status]")
                .concat()
                .contains("guardado"),
            "[{name}]"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM pictures").await, 6, "[{name}]");
        let version = text(
            &app,
            &format!("SELECT logo_version FROM organisations WHERE id = {id}"),
        )
        .await;
        assert_eq!(version.len(), 12, "[{name}]");
        let base = format!("/pictures/organisation/{id}/{version}");
        let page = app.ok(public_page).await;
        assert_eq!(
            page.attrs(".page-head picture source[type='image/webp']", "srcset"),
            vec![format!("{base}/96.webp 1x, {base}/192.webp 2x")],
            "[{name}]"
        );
        assert_eq!(
            page.attrs(".page-head picture img", "src"),
            vec![format!("{base}/96.png")]
        );
        assert_eq!(page.attrs(".page-head picture img", "width"), vec!["96"]);
        assert_eq!(
            page.attrs(".page-head picture img", "alt"),
            vec!["Logotipo de Asociación Conecta Mayores"]
        );
        // Its offers' cards carry it too, lazily loaded.
        let cards = page.attrs(".offer-card picture img", "src");
        assert!(
            !cards.is_empty() && cards.iter().all(|src| *src == format!("{base}/48.png")),
            "[{name}] {cards:?}"
        );
        assert!(page
            .attrs(".offer-card picture img", "loading")
            .iter()
            .all(|l| l == "lazy"));
        let directory = app.ok("/es/organisations?q=conecta").await;
        assert_eq!(
            directory.attrs(".card picture img", "src"),
            vec![format!("{base}/48.png")],
            "[{name}]"
        );
        for (file, kind) in [
            ("48.webp", "image/webp"),
            ("96.png", "image/png"),
            ("192.webp", "image/webp"),
        ] {
            let variant = app.ok(&format!("{base}/{file}")).await;
            assert_eq!(variant.headers["content-type"], kind, "[{name}] {file}");
            assert!(variant.headers["cache-control"]
                .to_str()
                .unwrap_or_default()
                .contains("immutable"));
        }
        for missing in [
            format!("{base}/50.png"),
            format!("{base}/48.gif"),
            format!("/pictures/organisation/{id}/000000000000/48.png"),
            "/pictures/nobody/1/x/48.png".to_string(),
        ] {
            assert_eq!(
                app.get(&missing).await.status,
                StatusCode::NOT_FOUND,
                "[{name}] {missing}"
            );
        }

        // Another organisation's editor cannot change it.
        let mut other = person(&app, Some(OTHER_EDITOR)).await;
        let token = csrf_of(&other.ok_page("/es/partner").await);
        let action = format!("{partner_page}/logo");
        let forbidden = other
            .post_multipart(
                &action,
                &[("csrf_token", token.as_str()), ("action", "remove")],
                ("", b""),
            )
            .await;
        assert_eq!(forbidden.status, StatusCode::FORBIDDEN, "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM pictures").await, 6);

        // Removed: the monogram again, nothing kept.
        let removed = send(&mut editor, &partner_page, &[("action", "remove")], ("", b"")).await;
        assert_eq!(location(&removed), partner_page, "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM pictures").await, 0, "[{name}]");
        assert_eq!(
            app.ok(public_page).await.texts(".page-head .monogram"),
            vec!["AC"]
        );
        assert_eq!(
            app.get(&format!("{base}/48.png")).await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn a_portrait_is_shown_only_with_the_persons_consent() {
    for app in each_db().await {
        let name = app.name;
        let id = scalar(
            &app,
            "SELECT i.id FROM interviews i JOIN organisations o ON o.id = i.organisation_id \
             WHERE o.slug = 'conecta-mayores' AND i.status = 'published' ORDER BY i.id LIMIT 1",
        )
        .await;
        let slug = text(&app, &format!("SELECT slug FROM interviews WHERE id = {id}")).await;
        let person_name = text(
            &app,
            &format!("SELECT person_name FROM interviews WHERE id = {id}"),
        )
        .await;
        let partner_page = format!("/es/partner/interviews/{id}");
        let mut editor = person(&app, Some(EDITOR)).await;

        let refused = send(
            &mut editor,
            &partner_page,
            &[("action", "send")],
            ("me.png", &png()),
        )
        .await;
        let page = editor.follow(&refused).await;
        assert_eq!(
            page.texts("#field-consent-error").len(),
            1,
            "[{name}] consent asked"
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM pictures").await, 0, "[{name}]");

        let sent = send(
            &mut editor,
            &partner_page,
            &[("action", "send"), ("consent", "yes")],
            ("me.png", &png()),
        )
        .await;
        assert_eq!(location(&sent), partner_page, "[{name}]");
        let noted = scalar(
            &app,
            &format!("SELECT COUNT(*) FROM interviews WHERE id = {id} AND portrait_consent_by IS NOT NULL AND portrait_consent_at IS NOT NULL"),
        )
        .await;
        assert_eq!(noted, 1, "[{name}] who noted the consent, and when");
        let page = app.ok(&format!("/es/interviews/{slug}")).await;
        assert_eq!(
            page.attrs("article .portrait img", "alt"),
            vec![format!("Retrato de {person_name}")],
            "[{name}]"
        );
        let list = app.ok("/es/interviews").await;
        assert_eq!(
            list.attrs(".card .portrait img", "alt"),
            vec![format!("Retrato de {person_name}")],
            "[{name}]"
        );
    }
}

/// The organisation `slug` gets a logo from its demo editor (other tests' fixture).
pub async fn give_logo(app: &crate::support::TestApp, slug: &str) {
    let id = scalar(
        app,
        &format!("SELECT id FROM organisations WHERE slug = '{slug}'"),
    )
    .await;
    let lang = text(
        app,
        &format!("SELECT original_lang FROM organisations WHERE id = {id}"),
    )
    .await;
    let email = format!("editor.{slug}@example.org");
    let mut editor = person(app, Some((email.as_str(), EDITOR.1))).await;
    let partner_page = format!("/{lang}/partner/organisations/{id}");
    let sent = send(
        &mut editor,
        &partner_page,
        &[("action", "send")],
        ("logo.png", &png()),
    )
    .await;
    assert_eq!(location(&sent), partner_page, "the logo was taken");
}
