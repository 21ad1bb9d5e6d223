//! Saving as people do it: from an offer before signing in (the way back and the action are
//! kept through sign-in and sign-up), twice at once in two tabs, and saving a search again
//! without weakening its alert.

use crate::sql::scalar;
use crate::support::{csrf_of, each_db, location};
use axum::http::StatusCode;

const SLUG: &str = "fr-developpeur-web-carnet-adherents-nantes";
const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");

#[tokio::test]
async fn signing_in_to_save_an_offer_comes_back_and_saves_it() {
    for app in each_db().await {
        let page = format!("/fr/offers/{SLUG}");
        let mut visitor = app.client();
        let offer = visitor.ok_page(&page).await;
        let link = offer
            .attrs("a[href*='/account/sign-in?next=']", "href")
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("[{}] a way to sign in", app.name));
        let sign_in = visitor.ok_page(&link).await;
        let notice = sign_in.texts("[role=status]").join(" ");
        assert!(
            notice.contains("enregistrer cette offre"),
            "[{}] says why: {notice}",
            app.name
        );
        // The way to sign up keeps the way back.
        let sign_up_link = sign_in
            .attrs("main a[href*='/account/sign-up']", "href")
            .into_iter()
            .next()
            .unwrap_or_default();
        assert!(sign_up_link.contains("next=%2Ffr%2Foffers%2F"), "{sign_up_link}");
        // Signing in completes the action and lands on the offer, saying so.
        let token = csrf_of(&sign_in);
        let next = sign_in.attrs("input[name=next]", "value").join("");
        let then = sign_in.attrs("input[name=then]", "value").join("");
        let done = visitor
            .post(
                "/fr/account/sign-in",
                &[
                    ("csrf_token", &token),
                    ("email", EDITOR.0),
                    ("password", EDITOR.1),
                    ("next", &next),
                    ("then", &then),
                ],
            )
            .await;
        assert_eq!(location(&done), page, "[{}]", app.name);
        let back = visitor.follow(&done).await;
        assert!(
            back.texts("[role=status]").join(" ").contains("enregistrée"),
            "[{}] {:?}",
            app.name,
            back.texts("[role=status]")
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_offers").await, 1);

        // Signing up on the way works the same, and lands on the offer too.
        let mut newcomer = app.client();
        let form = newcomer.ok_page(&sign_up_link).await;
        let token = csrf_of(&form);
        let done = newcomer
            .post(
                "/fr/account/sign-up",
                &[
                    ("csrf_token", &token),
                    ("email", "new.reader@example.org"),
                    ("display_name", "Nouvelle"),
                    ("password", "a long and private passphrase"),
                    ("password_confirm", "a long and private passphrase"),
                    ("language", "fr"),
                    ("time_zone", "Europe/Paris"),
                    ("next", &form.attrs("input[name=next]", "value").join("")),
                    ("then", &form.attrs("input[name=then]", "value").join("")),
                ],
            )
            .await;
        assert_eq!(location(&done), page, "[{}] {}", app.name, done.body);
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_offers").await, 2);
        // The confirmation link in the e-mail goes on to the offer as well.
        let mail = crate::sql::text(&app, "SELECT body FROM outbox ORDER BY id DESC LIMIT 1").await;
        assert!(mail.contains("next=%2Ffr%2Foffers%2F"), "{mail}");
    }
}

#[tokio::test]
async fn saving_in_two_tabs_at_once_keeps_one_and_never_fails() {
    for app in each_db().await {
        let mut client = app.client();
        client.sign_in(EDITOR.0, EDITOR.1).await;
        let page = format!("/fr/offers/{SLUG}");
        let token = csrf_of(&client.ok_page(&page).await);
        let cookie = client.cookie.clone();
        let ip = client.ip.clone();
        let tabs = (0..6).map(|_| {
            let mut tab = app.client();
            tab.cookie = cookie.clone();
            tab.ip = ip.clone();
            let (page, token) = (page.clone(), token.clone());
            async move {
                tab.post(&page, &[("csrf_token", token.as_str()), ("action", "save")])
                    .await
                    .status
            }
        });
        let statuses = futures::future::join_all(tabs).await;
        assert!(
            statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
            "[{}] {statuses:?}",
            app.name
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_offers").await, 1);
    }
}

#[tokio::test]
async fn saving_a_search_again_never_switches_its_alert_off() {
    for app in each_db().await {
        let mut client = app.client();
        client.sign_in(EDITOR.0, EDITOR.1).await;
        let save = |alert: &'static str| {
            let mut fields = vec![("action", "save-search"), ("query", "kind=job")];
            if !alert.is_empty() {
                fields.push(("alert", alert));
            }
            fields
        };
        let done = client
            .submit("/es/offers?kind=job", "/es/offers", &save("on"))
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        // Saved again with the box unticked: the alert stays on, and the page says so.
        let again = client
            .submit("/es/offers?kind=job", "/es/offers", &save(""))
            .await;
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM saved_searches WHERE alert").await,
            1,
            "[{}] the alert is still on",
            app.name
        );
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM saved_searches").await, 1);
        let page = client.follow(&again).await;
        let notice = page.texts("[role=status]").join(" ");
        assert!(notice.contains("sigue activo"), "[{}] {notice}", app.name);

        // Someone whose address is not confirmed is told when the alert will start.
        app.exec(
            "UPDATE users SET email_verified_at = NULL WHERE email = 'editor.conecta-mayores@example.org'",
        )
        .await;
        let mut other = app.client();
        other.sign_in(EDITOR.0, EDITOR.1).await;
        let done = other
            .submit(
                "/es/offers?kind=training",
                "/es/offers",
                &[
                    ("action", "save-search"),
                    ("query", "kind=training"),
                    ("alert", "on"),
                ],
            )
            .await;
        let page = other.follow(&done).await;
        let notice = page.texts("[role=status]").join(" ");
        assert!(notice.contains("confirme"), "[{}] {notice}", app.name);
    }
}
