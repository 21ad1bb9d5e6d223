//! The review loop of an offer: an editor submits, a moderator finds it in the queue, rejects it
//! with a comment (the editors read it on the offer and receive it by e-mail in their language),
//! the editor fixes and submits again, the moderator approves, and the offer is in search and in
//! the feed at once. Nobody reviews their own organisation's work.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location, Client};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = (
    "editor.bitsociale-cooperativa@example.org",
    "demo editor of the academy",
);
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");
const TITLE: &str = "Mediatrice ornitorinca per il quartiere";

/// Sends the offer form at `to` with `action`, at the version the page shows.
async fn send(editor: &mut Client<'_>, to: &str, action: &str, description: &str) -> String {
    let page = editor.ok_page(to).await;
    let version = page.attrs("input[name=version]", "value");
    let token = csrf_of(&page);
    let fields = [
        ("csrf_token", token.as_str()),
        ("org", "bitsociale-cooperativa"),
        ("action", action),
        ("version", version.first().map(String::as_str).unwrap_or("0")),
        ("title", TITLE),
        ("description_md", description),
        ("kind", "job"),
        ("work_mode", "remote"),
        ("country", "IT"),
        ("original_lang", "it"),
    ];
    let done = editor.post(to, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    location(&done)
}

#[tokio::test]
async fn reject_with_a_comment_fix_resubmit_approve_and_it_is_public() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let created = send(
            &mut editor,
            "/en/partner/offers/new?org=bitsociale-cooperativa",
            "save",
            "First text.",
        )
        .await;
        let to = send(&mut editor, &created, "submit", "First text.").await;
        assert_eq!(to, created);
        let id = scalar(
            &app,
            &format!("SELECT offer_id FROM offer_translations WHERE title = '{TITLE}'"),
        )
        .await;
        let review = format!("/en/moderation/offers/{id}");

        // The editor is no moderator.
        assert_eq!(editor.get(&review).await.status, StatusCode::FORBIDDEN);

        let mut moderator = person(&app, Some(MODERATOR)).await;
        let queue = moderator.ok_page("/en/moderation").await;
        assert!(
            queue.texts("tbody th").contains(&TITLE.to_string()),
            "[{}] in the queue",
            app.name
        );
        let filtered = moderator
            .ok_page("/en/moderation?kind=offer&lang=it&organisation=bitsociale-cooperativa")
            .await;
        assert!(filtered.texts("tbody th").contains(&TITLE.to_string()));
        let other = moderator.ok_page("/en/moderation?lang=fr").await;
        assert!(!other.texts("tbody th").contains(&TITLE.to_string()));

        // Rejecting needs a comment.
        let done = moderator
            .submit(&review, &review, &[("action", "reject"), ("comment", "  ")])
            .await;
        assert_eq!(location(&done), review);
        let back = moderator.follow(&done).await;
        assert!(
            back.body.contains("Please say what the editors should change"),
            "[{}]",
            app.name
        );
        let comment = "Please add the weekly hours and how to apply.";
        let done = moderator
            .submit(&review, &review, &[("action", "reject"), ("comment", comment)])
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        assert_eq!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {id}")).await,
            "rejected"
        );
        // The editor is told by e-mail, in Italian (their language), with the comment.
        let subject = text(
            &app,
            "SELECT subject FROM outbox WHERE to_address = 'editor.bitsociale-cooperativa@example.org' ORDER BY id DESC LIMIT 1",
        )
        .await;
        assert_eq!(
            subject,
            format!("Non ancora pubblicata: {TITLE}"),
            "[{}]",
            app.name
        );
        // …and reads it on the offer.
        let page = editor.ok_page(&created).await;
        assert!(
            page.texts("blockquote").contains(&comment.to_string()),
            "[{}]",
            app.name
        );
        assert_eq!(page.texts(".tag[class*='status-']"), vec!["Rejected"]);

        // Fixed and sent again; approved; public at once, in search and in the feed.
        send(
            &mut editor,
            &created,
            "submit",
            "Twenty hours a week. Apply by e-mail.",
        )
        .await;
        let done = moderator.submit(&review, &review, &[("action", "approve")]).await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        let slug = text(&app, &format!("SELECT slug FROM offers WHERE id = {id}")).await;
        app.ok(&format!("/it/offers/{slug}")).await;
        let search = app.ok("/it/offers?q=ornitorinca").await;
        assert_eq!(
            search.texts(".offer-card h2"),
            vec![TITLE.to_string()],
            "[{}]",
            app.name
        );
        let feed = app.get("/it/offers/feed.atom").await;
        assert!(feed.body.contains(TITLE), "[{}] in the feed", app.name);
        // Archived by its editor: gone from search, and its page says it was withdrawn (410).
        app::content::write::change_status(
            &app.db,
            app::auth::session::viewer_by_id(
                &app.db,
                i32::try_from(
                    scalar(
                        &app,
                        "SELECT id FROM users WHERE email = 'editor.bitsociale-cooperativa@example.org'",
                    )
                    .await,
                )
                .unwrap_or(0),
            )
            .await
            .ok()
            .flatten()
            .as_ref(),
            app::content::ContentKind::Offer,
            i32::try_from(id).unwrap_or(0),
            app::auth::permissions::Action::Archive,
            None,
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        let gone = app.get(&format!("/fr/offers/{slug}")).await;
        assert_eq!(gone.status, StatusCode::GONE, "[{}]", app.name);
        assert_eq!(gone.texts("h1"), vec!["Cette page a été retirée"]);
        assert!(app
            .ok("/it/offers?q=ornitorinca")
            .await
            .texts(".offer-card h2")
            .is_empty());
        assert!(
            !app.get("/it/offers/feed.atom").await.body.contains(TITLE),
            "[{}] out of the feed",
            app.name
        );
        let log = crate::sql::texts(
            &app,
            &format!("SELECT action FROM audit_log WHERE item_kind = 'offer' AND item_id = {id} ORDER BY id"),
        )
        .await;
        assert_eq!(
            log,
            vec!["create", "edit", "submit", "reject", "edit", "submit", "approve", "archive"],
            "[{}]",
            app.name
        );
    }
}

#[tokio::test]
async fn a_moderator_never_reviews_their_own_organisations_offer() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let created = send(
            &mut editor,
            "/en/partner/offers/new?org=bitsociale-cooperativa",
            "save",
            "Text.",
        )
        .await;
        send(&mut editor, &created, "submit", "Text.").await;
        let id = scalar(
            &app,
            &format!("SELECT offer_id FROM offer_translations WHERE title = '{TITLE}'"),
        )
        .await;
        // The moderator also edits for this organisation.
        app.exec(
            "INSERT INTO organisation_members (user_id, organisation_id, role) \
             SELECT u.id, o.id, 'editor' FROM users u, organisations o \
             WHERE u.email = 'moderator@example.org' AND o.slug = 'bitsociale-cooperativa'",
        )
        .await;
        let mut moderator = person(&app, Some(MODERATOR)).await;
        let review = format!("/en/moderation/offers/{id}");
        let page = moderator.ok_page(&review).await;
        assert!(
            page.texts("button[value=approve]").is_empty(),
            "[{}] no decision form",
            app.name
        );
        let token = csrf_of(&page);
        let refused = moderator
            .post(&review, &[("csrf_token", &token), ("action", "approve")])
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{}]", app.name);
        assert_eq!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {id}")).await,
            "in_review"
        );
    }
}
