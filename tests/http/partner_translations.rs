//! Translations side by side and changes of published items: an editor writes the Spanish text
//! of a French draft beside the original (missing → up to date → out of date when the original
//! changes); a published offer's change waits for review while the published text stays live,
//! the moderator reads what changed field by field and language by language, and approving it
//! puts it in search at once; the Preview button renders the Markdown and keeps everything.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location, Page};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = (
    "editor.numerique-solidaire-lyon@example.org",
    "demo editor of the academy",
);
const OTHER_EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");

fn states(page: &Page) -> Vec<String> {
    let section = "section[aria-labelledby=translations-heading] tbody";
    page.texts(&format!("{section} th"))
        .into_iter()
        .zip(page.texts(&format!("{section} .tag")))
        .map(|(language, state)| format!("{language} {state}"))
        .collect()
}

#[tokio::test]
async fn a_translation_is_written_beside_the_original_and_goes_out_of_date() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let created = editor
            .send_form(
                "/en/partner/offers/new?org=numerique-solidaire-lyon",
                &[
                    ("title", "Animatrice capybara du numérique"),
                    ("description_md", "Vous animerez des **ateliers** numériques."),
                    ("original_lang", "fr"),
                    ("country", "FR"),
                    ("valid_until", "2099-12-31"),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let item = location(&created);
        let page = editor.ok_page(&item).await;
        let rows = states(&page);
        assert!(
            rows.iter().any(|r| r.starts_with("Français Original")),
            "{rows:?}"
        );
        assert!(rows.iter().any(|r| r.starts_with("Español Missing")), "{rows:?}");
        let id: i32 = item.rsplit('/').next().and_then(|s| s.parse().ok()).unwrap_or(-1);
        let translate = format!("/en/partner/translate/offer/{id}/es");
        assert!(page.attrs("a", "href").contains(&translate), "[{}]", app.name);

        // The original beside each field, in its language; the field to write in Spanish.
        let form = editor.ok_page(&translate).await;
        assert_eq!(
            form.texts(".original-value[lang=fr]")[0],
            "Animatrice capybara du numérique"
        );
        assert_eq!(form.attrs("#field-title", "lang"), vec!["es"]);

        // A missing title: a message on the field, what was typed kept, nothing saved.
        let refused = editor
            .send_form(
                &translate,
                &[
                    ("title", " "),
                    ("description_md", "Dinamizarás talleres."),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(location(&refused), translate);
        let back = editor.follow(&refused).await;
        assert!(!back.texts("#field-title-error").is_empty(), "[{}]", app.name);
        assert!(back.body.contains("Dinamizarás talleres."));

        // Preview: the Markdown rendered, every value kept, nothing saved.
        let preview = editor
            .send_form(
                &translate,
                &[
                    ("title", "Dinamizadora capibara"),
                    ("description_md", "Dinamizarás **talleres**."),
                    ("action", "preview"),
                ],
            )
            .await;
        let shown = editor.follow(&preview).await;
        assert!(
            shown.body.contains("<strong>talleres</strong>"),
            "[{}] the preview",
            app.name
        );
        assert_eq!(
            shown.attrs("#field-title", "value"),
            vec!["Dinamizadora capibara"]
        );
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM offer_translations WHERE offer_id = {id} AND lang = 'es'")
            )
            .await,
            0
        );

        let saved = editor
            .send_form(
                &translate,
                &[
                    ("title", "Dinamizadora capibara"),
                    ("description_md", "Dinamizarás **talleres**."),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(location(&saved), item, "[{}]", app.name);
        let page = editor.follow(&saved).await;
        assert!(page.body.contains("The translation is saved"));
        assert!(
            states(&page).iter().any(|r| r.starts_with("Español Up to date")),
            "{:?}",
            states(&page)
        );
        // The history names the field and the language.
        assert!(
            page.texts(".history-changes")
                .iter()
                .any(|c| c.contains("Title (Español)")),
            "[{}] {:?}",
            app.name,
            page.texts(".history li")
        );

        // The original changes: the Spanish text is out of date.
        let changed = editor
            .send_form(
                &item,
                &[
                    ("title", "Animatrice capybara du numérique (CDI)"),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
        let page = editor.ok_page(&item).await;
        assert!(
            states(&page).iter().any(|r| r.starts_with("Español Out of date")),
            "{:?}",
            states(&page)
        );

        // Another organisation's editor cannot read or write it.
        let mut other = person(&app, Some(OTHER_EDITOR)).await;
        assert_eq!(other.get(&translate).await.status, StatusCode::NOT_FOUND);
        let token = csrf_of(&other.ok_page("/en/partner").await);
        let forged = other
            .post(
                &translate,
                &[
                    ("csrf_token", &token),
                    ("action", "save"),
                    ("version", "1"),
                    ("title", "Robada"),
                    ("description_md", "x"),
                ],
            )
            .await;
        assert!(
            matches!(forged.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "[{}] {}",
            app.name,
            forged.status
        );
        assert_eq!(
            text(
                &app,
                &format!("SELECT title FROM offer_translations WHERE offer_id = {id} AND lang = 'es'")
            )
            .await,
            "Dinamizadora capibara"
        );
        // The original language has no translation page.
        assert_eq!(
            editor
                .get(&format!("/en/partner/translate/offer/{id}/fr"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            editor.get("/en/partner/translate/offer/x/es").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn a_change_of_a_published_offer_waits_for_review_and_then_goes_live() {
    for app in each_db().await {
        let id = scalar(
            &app,
            "SELECT o.id FROM offers o JOIN organisations g ON g.id = o.organisation_id \
             WHERE g.slug = 'numerique-solidaire-lyon' AND o.status = 'published' ORDER BY o.id LIMIT 1",
        )
        .await;
        let slug = text(&app, &format!("SELECT slug FROM offers WHERE id = {id}")).await;
        let public = format!("/fr/offers/{slug}");
        let live = app.ok(&public).await.texts("h1");
        let item = format!("/en/partner/offers/{id}");
        let mut editor = person(&app, Some(EDITOR)).await;
        let page = editor.ok_page(&item).await;
        assert!(page.body.contains("This is published"), "[{}]", app.name);
        let new_title = "Coordinatrice axolotl des ateliers numériques";
        let done = editor
            .send_form(
                &item,
                &[
                    ("title", new_title),
                    ("city", "Nantes"),
                    ("valid_until", "2099-12-31"),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(location(&done), item, "[{}] {}", app.name, done.body);
        let page = editor.follow(&done).await;
        assert!(page.body.contains("sent to the moderators"), "[{}]", app.name);
        assert!(page.body.contains("waits for review"));
        assert_eq!(page.attrs("#field-title", "value"), vec![new_title]);
        // Readers still see the published text; search does not find the new words yet.
        assert_eq!(app.ok(&public).await.texts("h1"), live, "[{}]", app.name);
        assert!(app
            .ok("/fr/offers?q=axolotl")
            .await
            .texts(".offer-card h2")
            .is_empty());

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let queue = moderator
            .ok_page("/en/moderation?organisation=numerique-solidaire-lyon")
            .await;
        assert!(
            queue.texts("tbody th").iter().any(|t| t.contains("change")),
            "[{}] {:?}",
            app.name,
            queue.texts("tbody th")
        );
        let review = format!("/en/moderation/offers/{id}");
        let page = moderator.ok_page(&review).await;
        let rows = page.texts("table.changes tbody th");
        assert!(rows.contains(&"City".to_string()), "{rows:?}");
        assert!(
            rows.iter()
                .any(|r| r.starts_with("Title") && r.contains("Français")),
            "{rows:?}"
        );
        assert!(page
            .texts("table.changes .changes-after")
            .iter()
            .any(|t| t == new_title));

        let posted = text(
            &app,
            &format!("SELECT CAST(posted_at AS TEXT) FROM offers WHERE id = {id}"),
        )
        .await;
        let done = moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        assert_eq!(
            text(
                &app,
                &format!("SELECT CAST(posted_at AS TEXT) FROM offers WHERE id = {id}")
            )
            .await,
            posted,
            "[{}] a change approved is not a new offer (alerts, newest first)",
            app.name
        );
        assert_eq!(
            app.ok(&public).await.texts("h1"),
            vec![new_title],
            "[{}]",
            app.name
        );
        let found = app.ok("/fr/offers?q=axolotl").await;
        assert_eq!(
            found.texts(".offer-card h2").len(),
            1,
            "[{}] in search at once",
            app.name
        );
        assert_eq!(
            text(&app, &format!("SELECT city FROM offers WHERE id = {id}")).await,
            "Nantes"
        );
        assert_eq!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {id}")).await,
            "published"
        );
        // Decided once: a second decision is refused.
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM revisions WHERE item_id = {id} AND status = 'in_review'")
            )
            .await,
            0
        );
        let history = editor.ok_page(&item).await;
        assert!(!history.body.contains("waits for review"), "[{}]", app.name);
    }
}

#[tokio::test]
async fn the_live_preview_renders_for_signed_in_writers_with_their_token() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let page = editor
            .ok_page("/en/partner/offers/new?org=numerique-solidaire-lyon")
            .await;
        let token = csrf_of(&page);
        let send = |token: &str| {
            axum::http::Request::post("/en/markdown-preview")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("x-csrf-token", token.to_string())
        };
        let body = "text=Un+**atelier**+%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        let rendered = editor.send(send(&token), axum::body::Body::from(body)).await;
        assert_eq!(rendered.status, StatusCode::OK, "[{}]", app.name);
        assert!(
            rendered.body.contains("<strong>atelier</strong>"),
            "{}",
            rendered.body
        );
        assert!(!rendered.body.contains("<script"));
        // Without the form's token: refused, never rendered.
        let forged = editor.send(send("forged"), axum::body::Body::from(body)).await;
        assert_ne!(forged.status, StatusCode::OK, "[{}]", app.name);
        // Not signed in: sent to sign in.
        let anonymous = app.client().post("/en/markdown-preview", &[("text", "x")]).await;
        assert!(
            location(&anonymous).contains("/account/sign-in"),
            "[{}]",
            app.name
        );
    }
}
