//! Interviews and the organisation's profile from the partner space: an interview drafted,
//! refused field by field, submitted and approved into the public list; a change of the
//! published profile waits for the moderators while the public profile stays, and another
//! organisation's editor cannot touch it.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = (
    "editor.numerique-solidaire-lyon@example.org",
    "demo editor of the academy",
);
const OTHER: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");

#[tokio::test]
async fn an_interview_goes_from_draft_to_the_public_list() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let new = "/fr/partner/interviews/new?org=numerique-solidaire-lyon";
        let fields = [
            ("person_name", "Inès Valcourt"),
            ("role", "Médiatrice numérique"),
            ("title", "Rendre la main, atelier après atelier"),
            ("body_md", "Inès anime des **ateliers** au centre social."),
            ("action", "save"),
        ];
        let refused = editor.send_form(new, &fields).await;
        let back = editor.follow(&refused).await;
        assert!(
            !back.texts("#field-quote-error").is_empty(),
            "[{}] the quote is missing",
            app.name
        );
        assert_eq!(back.attrs("#field-person-name", "value"), vec!["Inès Valcourt"]);
        let mut with_quote = fields.to_vec();
        with_quote.push(("quote", "Quand on n'a plus besoin de moi, j'ai réussi."));
        let created = editor.send_form(new, &with_quote).await;
        let item = location(&created);
        assert!(
            item.starts_with("/fr/partner/interviews/"),
            "[{}] {item}",
            app.name
        );
        let id: i32 = item.rsplit('/').next().and_then(|s| s.parse().ok()).unwrap_or(-1);
        let slug = text(&app, &format!("SELECT slug FROM interviews WHERE id = {id}")).await;
        assert_eq!(
            app.get(&format!("/fr/interviews/{slug}")).await.status,
            StatusCode::NOT_FOUND
        );
        let submitted = editor.send_form(&item, &[("action", "submit")]).await;
        assert_eq!(location(&submitted), item);
        assert_eq!(
            text(&app, &format!("SELECT status FROM interviews WHERE id = {id}")).await,
            "in_review"
        );

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let review = format!("/en/moderation/interviews/{id}");
        let done = moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        let public = app.ok(&format!("/fr/interviews/{slug}")).await;
        assert_eq!(public.texts("h1"), vec!["Rendre la main, atelier après atelier"]);
        assert!(app
            .ok("/fr/interviews")
            .await
            .attrs("a", "href")
            .contains(&format!("/fr/interviews/{slug}")));
    }
}

#[tokio::test]
async fn a_profile_change_waits_for_review_and_others_cannot_touch_it() {
    for app in each_db().await {
        let id = scalar(
            &app,
            "SELECT id FROM organisations WHERE slug = 'numerique-solidaire-lyon'",
        )
        .await;
        let item = format!("/fr/partner/organisations/{id}");
        let public = "/fr/organisations/numerique-solidaire-lyon";
        let before = app.ok(public).await.texts("h1");
        let mut editor = person(&app, Some(EDITOR)).await;
        let saved = editor
            .send_form(
                &item,
                &[
                    ("city", "Lyon 7e"),
                    ("name", "Numérique Solidaire Lyon Métropole"),
                    ("action", "save"),
                ],
            )
            .await;
        assert_eq!(location(&saved), item, "[{}] {}", app.name, saved.body);
        assert!(editor
            .follow(&saved)
            .await
            .body
            .contains("envoyée aux modérateurs"));
        assert_eq!(
            app.ok(public).await.texts("h1"),
            before,
            "[{}] the public profile stays",
            app.name
        );

        let mut other = person(&app, Some(OTHER)).await;
        assert_eq!(other.get(&item).await.status, StatusCode::NOT_FOUND);
        let token = csrf_of(&other.ok_page("/en/partner").await);
        let forged = other
            .post(
                &item,
                &[
                    ("csrf_token", &token),
                    ("action", "save"),
                    ("version", "9"),
                    ("name", "Taken"),
                ],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "[{}]", app.name);

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let review = format!("/en/moderation/organisations/{id}");
        let rows = moderator.ok_page(&review).await.texts("table.changes tbody th");
        assert!(
            rows.contains(&"City".to_string()) && rows.contains(&"Name".to_string()),
            "{rows:?}"
        );
        moderator
            .submit(&review, &review, &[("action", "approve"), ("comment", "")])
            .await;
        assert_eq!(
            app.ok(public).await.texts("h1"),
            vec!["Numérique Solidaire Lyon Métropole"],
            "[{}]",
            app.name
        );
        // The organisation's offers follow the new name in search at once.
        let found = app.ok("/fr/offers?q=metropole").await;
        assert!(!found.texts(".offer-card h2").is_empty(), "[{}]", app.name);
    }
}
