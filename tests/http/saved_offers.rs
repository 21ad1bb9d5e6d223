//! Saved offers, saved searches, daily alerts and the one-click unsubscribe.

use crate::sql::{scalar, text};
use crate::support::{each_db, location};
use axum::http::StatusCode;

const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");

#[tokio::test]
async fn a_signed_in_reader_saves_and_removes_offers() {
    for app in each_db().await {
        let slug = "fr-developpeur-web-carnet-adherents-nantes";
        let mut anonymous = app.client();
        let page = anonymous.ok_page(&format!("/fr/offers/{slug}")).await;
        let sign_in = page.attrs("a[href*='/account/sign-in?next=']", "href");
        assert!(
            sign_in.iter().any(|h| h.contains("offers%2Ffr-developpeur")),
            "[{}] {sign_in:?}",
            app.name
        );

        let mut client = app.client();
        client.sign_in(EDITOR.0, EDITOR.1).await;
        let path = format!("/fr/offers/{slug}");
        let done = client.submit(&path, &path, &[("action", "save")]).await;
        assert_eq!(location(&done), path);
        let page = client.follow(&done).await;
        assert_eq!(
            page.attrs("button[aria-pressed]", "aria-pressed"),
            vec!["true"],
            "[{}]",
            app.name
        );
        // Saving twice keeps one row.
        client.submit(&path, &path, &[("action", "save")]).await;
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_offers").await, 1);
        let saved = client.ok_page("/fr/account/saved").await;
        assert!(saved.body.contains(slug));
        let id = scalar(&app, "SELECT offer_id FROM saved_offers")
            .await
            .to_string();
        let done = client
            .submit(
                "/fr/account/saved",
                "/fr/account/saved",
                &[("action", "remove-offer"), ("id", &id)],
            )
            .await;
        assert_eq!(location(&done), "/fr/account/saved");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_offers").await, 0);
        // Another person's row cannot be touched: the id is always paired with the signed-in user.
        let mut other = app.client();
        other
            .sign_in(
                "editor.bitsociale-cooperativa@example.org",
                "demo editor of the academy",
            )
            .await;
        other.submit(&path, &path, &[("action", "save")]).await;
        let theirs = scalar(&app, "SELECT offer_id FROM saved_offers")
            .await
            .to_string();
        let refused = client
            .submit(
                "/fr/account/saved",
                "/fr/account/saved",
                &[("action", "remove-offer"), ("id", &theirs)],
            )
            .await;
        assert_eq!(refused.status, StatusCode::SEE_OTHER);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM saved_offers").await,
            1,
            "[{}] the other person's saved offer is still there",
            app.name
        );
        assert_eq!(
            client.get("/fr/offers/no-such-offer").await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn saved_searches_send_a_daily_digest_with_a_one_click_unsubscribe() {
    for app in each_db().await {
        let mut client = app.client();
        client.sign_in(EDITOR.0, EDITOR.1).await;
        let search = "/es/offers?kind=job&country=ES&utm_source=x";
        let done = client
            .submit(
                search,
                "/es/offers",
                &[
                    ("action", "save-search"),
                    ("query", "kind=job&country=ES&utm_source=x&page=2"),
                    ("alert", "on"),
                ],
            )
            .await;
        assert_eq!(
            location(&done),
            "/es/offers?kind=job&country=ES",
            "[{}] canonical query",
            app.name
        );
        assert_eq!(
            text(&app, "SELECT query FROM saved_searches").await,
            "kind=job&country=ES"
        );
        let saved = client.ok_page("/es/account/saved").await;
        assert_eq!(saved.texts(".saved-searches li").len(), 1);

        // Nothing new since the search was saved: no e-mail, but the digest is marked done.
        let public = "https://academy.test";
        let search_index = app::offers::service::OfferSearch::default();
        let now = chrono::Utc::now();
        assert_eq!(
            app::offers::alerts::send_digests(&app.db, &search_index, public, now)
                .await
                .unwrap_or(9),
            0
        );
        // A day later, with offers posted after the last digest.
        app.exec("UPDATE saved_searches SET created_at = '2020-01-01T00:00:00Z', last_sent_at = NULL")
            .await;
        let later = now + chrono::Duration::hours(25);
        let mails_before = scalar(&app, "SELECT COUNT(*) FROM outbox").await;
        assert_eq!(
            app::offers::alerts::send_digests(&app.db, &search_index, public, later)
                .await
                .unwrap_or(0),
            1,
            "[{}]",
            app.name
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM outbox").await,
            mails_before + 1
        );
        let body = text(&app, "SELECT body FROM outbox ORDER BY id DESC LIMIT 1").await;
        assert!(body.contains("https://academy.test/es/offers/es-"), "{body}");
        assert!(body.contains("https://academy.test/es/offers?kind=job&country=ES"));
        // Not twice the same day.
        assert_eq!(
            app::offers::alerts::send_digests(&app.db, &search_index, public, later)
                .await
                .unwrap_or(9),
            0
        );

        let link = body
            .lines()
            .find(|l| l.contains("/alerts/unsubscribe/"))
            .unwrap_or_default()
            .trim_start_matches(public)
            .to_string();
        let mut stranger = app.client();
        // Opening the link (as a mail scanner would) changes nothing: it shows a button.
        let page = stranger.get(&link).await;
        assert_eq!(page.status, StatusCode::OK, "[{}] {}", app.name, page.body);
        assert_eq!(page.texts("main form button").len(), 1);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM saved_searches WHERE alert").await,
            1,
            "opening the link does not unsubscribe"
        );
        // The one click (RFC 8058: what a mail client sends too), no sign-in, no session.
        let done = stranger.post(&link, &[("List-Unsubscribe", "One-Click")]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM saved_searches WHERE alert").await,
            0,
            "one click, no sign-in"
        );
        let page = stranger.follow(&done).await;
        assert!(
            !page.texts("[role=status]").is_empty(),
            "the unsubscribe is confirmed"
        );
        let bad = stranger
            .post(
                "/es/offers/alerts/unsubscribe/not-a-token",
                &[("List-Unsubscribe", "One-Click")],
            )
            .await;
        assert_eq!(bad.status, StatusCode::SEE_OTHER);

        // Saved searches and offers are in "my data" and go with the account.
        let data = client.ok_page("/es/account/data.json").await;
        assert!(data.body.contains("kind=job&country=ES"));
        let done = client
            .submit(
                "/es/account/delete",
                "/es/account/delete",
                &[("password", EDITOR.1)],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_searches").await, 0);
    }
}

#[tokio::test]
async fn anonymous_readers_are_asked_to_sign_in_to_save() {
    for app in each_db().await {
        let mut client = app.client();
        let page = client.ok_page("/en/offers?kind=training").await;
        assert!(page
            .attrs("a", "href")
            .iter()
            .any(|h| h.contains("sign-in?next=%2Fen%2Foffers%3Fkind%3Dtraining")));
        let token = crate::support::csrf_of(&client.get("/en/account/sign-in").await);
        let refused = client
            .post(
                "/en/offers",
                &[
                    ("csrf_token", &token),
                    ("action", "save-search"),
                    ("query", "kind=training"),
                ],
            )
            .await;
        assert!(location(&refused).starts_with("/en/account/sign-in?next="));
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_searches").await, 0);
        assert_eq!(
            client.get("/en/account/saved").await.status,
            StatusCode::SEE_OTHER
        );
    }
}
