//! Administrators manage organisations: create one (every problem a message on its field;
//! published at once and logged), verify it, archive it and publish it again, invite an editor
//! by e-mail — the link leads a newcomer to sign up and accept, once, with that address only —
//! and publish an item without review, logged; nobody else may.

use crate::account_links::last_link;
use crate::accounts::GOOD_PASSWORD;
use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{csrf_of, each_db, location};
use axum::http::StatusCode;

const ADMIN: (&str, &str) = ("admin@example.org", "demo admin of the academy");
const MODERATOR: (&str, &str) = ("moderator@example.org", "demo moderator of the academy");
const EDITOR: (&str, &str) = ("editor.conecta-mayores@example.org", "demo editor of the academy");

#[tokio::test]
async fn an_administrator_creates_verifies_archives_and_invites() {
    for app in each_db().await {
        let mut admin = person(&app, Some(ADMIN)).await;
        let list = admin.ok_page("/en/admin/organisations").await;
        assert!(list.texts("tbody th").len() >= 12, "[{}]", app.name);

        // Bad input: a message per field, what was typed kept.
        let refused = admin
            .submit(
                "/en/admin/organisations",
                "/en/admin/organisations",
                &[
                    ("name", " "),
                    ("kind", "club"),
                    ("country", "DE"),
                    ("city", "Gent"),
                    ("website", "not a site"),
                    ("original_lang", "en"),
                ],
            )
            .await;
        assert_eq!(location(&refused), "/en/admin/organisations");
        let back = admin.follow(&refused).await;
        for field in ["name", "kind", "country", "website"] {
            assert!(
                !back.texts(&format!("#field-{field}-error")).is_empty(),
                "[{}] {field}",
                app.name
            );
        }
        assert_eq!(back.attrs("#field-city", "value"), vec!["Gent"]);

        let created = admin
            .submit(
                "/en/admin/organisations",
                "/en/admin/organisations",
                &[
                    ("name", "Repair Café Muide"),
                    ("kind", "association"),
                    ("country", "BE"),
                    ("city", "Gent"),
                    ("website", "https://repaircafe-muide.example"),
                    ("original_lang", "en"),
                    ("description", "Volunteers fix laptops and phones every Saturday."),
                ],
            )
            .await;
        let page = location(&created);
        assert!(
            page.starts_with("/en/admin/organisations/"),
            "[{}] {page}",
            app.name
        );
        let id: i32 = page.rsplit('/').next().and_then(|s| s.parse().ok()).unwrap_or(-1);
        assert_eq!(
            text(&app, &format!("SELECT slug FROM organisations WHERE id = {id}")).await,
            "repair-cafe-muide"
        );
        assert_eq!(
            app.get("/en/organisations/repair-cafe-muide").await.status,
            StatusCode::OK
        );
        assert_eq!(
            scalar(&app, &format!("SELECT COUNT(*) FROM audit_log WHERE item_kind = 'organisation' AND item_id = {id} AND action = 'create'")).await,
            1
        );

        let act = |action: &'static str| vec![("action", action)];
        admin.submit(&page, &page, &act("verify")).await;
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM organisations WHERE id = {id} AND verified")
            )
            .await,
            1
        );
        admin.submit(&page, &page, &act("archive")).await;
        assert_eq!(
            text(&app, &format!("SELECT status FROM organisations WHERE id = {id}")).await,
            "archived"
        );
        assert_ne!(
            app.get("/en/organisations/repair-cafe-muide").await.status,
            StatusCode::OK
        );
        admin.submit(&page, &page, &act("publish")).await;
        assert_eq!(
            text(&app, &format!("SELECT status FROM organisations WHERE id = {id}")).await,
            "published"
        );
        assert_eq!(
            scalar(&app, &format!("SELECT COUNT(*) FROM audit_log WHERE item_kind = 'organisation' AND item_id = {id} AND action = 'publish'")).await,
            1,
            "[{}] publishing directly is logged",
            app.name
        );

        // Invite a newcomer, in Spanish.
        let invitee = "noor.volunteer@example.net";
        let bad = admin
            .submit(
                &page,
                &page,
                &[("action", "invite"), ("email", "noor@"), ("lang", "es")],
            )
            .await;
        assert!(admin.follow(&bad).await.texts("#field-email-error").len() == 1);
        admin
            .submit(
                &page,
                &page,
                &[("action", "invite"), ("email", invitee), ("lang", "es")],
            )
            .await;
        let subject = text(
            &app,
            &format!("SELECT subject FROM outbox WHERE to_address = '{invitee}'"),
        )
        .await;
        assert!(
            subject.starts_with("Publica para Repair Café Muide"),
            "[{}] {subject}",
            app.name
        );
        let link = last_link(&app, invitee).await;
        assert!(link.starts_with("/es/invitations/"), "{link}");

        // The newcomer: the page offers to sign up, which comes back here.
        let mut newcomer = app.client();
        let invitation = newcomer.ok_page(&link).await;
        assert!(invitation.body.contains(invitee));
        let sign_up = invitation
            .attrs("a.button", "href")
            .into_iter()
            .find(|h| h.contains("sign-up"))
            .unwrap_or_else(|| panic!("a sign-up link"));
        let form = newcomer.ok_page(&sign_up).await;
        let next = form.attrs("input[name=next]", "value");
        let done = newcomer
            .submit(
                &sign_up,
                &sign_up,
                &[
                    ("next", next.first().map(String::as_str).unwrap_or_default()),
                    ("email", invitee),
                    ("display_name", "Noor"),
                    ("password", GOOD_PASSWORD),
                    ("password_confirm", GOOD_PASSWORD),
                    ("language", "es"),
                    ("time_zone", "Europe/Brussels"),
                ],
            )
            .await;
        assert_eq!(location(&done), link, "[{}] back to the invitation", app.name);
        // Someone else signed in cannot use it.
        let mut other = person(&app, Some(EDITOR)).await;
        let page_other = other.ok_page(&link).await;
        assert!(page_other.body.contains("editor.conecta-mayores@example.org"));
        let token = csrf_of(&page_other);
        let refused = other.post(&link, &[("csrf_token", &token)]).await;
        assert_eq!(location(&refused), link);
        // The invited address accepts, once.
        let accepted = newcomer.submit(&link, &link, &[]).await;
        assert_eq!(
            location(&accepted),
            "/es/partner?org=repair-cafe-muide",
            "[{}]",
            app.name
        );
        let space = newcomer.follow(&accepted).await;
        assert!(space.body.contains("Repair Café Muide"));
        assert_eq!(
            scalar(&app, &format!("SELECT COUNT(*) FROM organisation_members m JOIN users u ON u.id = m.user_id WHERE u.email = '{invitee}' AND m.organisation_id = {id}")).await,
            1
        );
        let again = newcomer.ok_page(&link).await;
        assert!(again.body.contains("ya se ha aceptado"), "[{}]", app.name);
        let admin_page = admin.ok_page(&page).await;
        assert!(admin_page.body.contains("Noor"));

        // Nobody but an administrator.
        let mut moderator = person(&app, Some(MODERATOR)).await;
        assert_eq!(
            moderator.get("/en/admin/organisations").await.status,
            StatusCode::FORBIDDEN
        );
        let token = csrf_of(&moderator.ok_page("/en/moderation").await);
        let forged = moderator
            .post(&page, &[("csrf_token", &token), ("action", "archive")])
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "[{}]", app.name);
    }
}

#[tokio::test]
async fn only_an_administrator_publishes_without_review_and_it_is_logged() {
    for app in each_db().await {
        let mut editor = person(&app, Some(EDITOR)).await;
        let id = scalar(
            &app,
            "SELECT o.id FROM offers o JOIN organisations g ON g.id = o.organisation_id \
             WHERE g.slug = 'conecta-mayores' AND o.status = 'rejected' LIMIT 1",
        )
        .await;
        let item = format!("/en/partner/offers/{id}");
        let page = editor.ok_page(&item).await;
        assert!(
            page.attrs("button[value=publish]", "value").is_empty(),
            "[{}] no button for editors",
            app.name
        );
        let values = crate::forms::form_values(&page);
        let mut fields: Vec<(&str, &str)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .filter(|(k, _)| *k != "action")
            .collect();
        fields.push(("action", "publish"));
        let refused = editor.post(&item, &fields).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{}]", app.name);
        assert_ne!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {id}")).await,
            "published"
        );

        let mut admin = person(&app, Some(ADMIN)).await;
        let page = admin.ok_page(&item).await;
        assert_eq!(page.attrs("button[value=publish]", "value").len(), 1);
        let values = crate::forms::form_values(&page);
        let mut fields: Vec<(&str, &str)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .filter(|(k, _)| *k != "action")
            .collect();
        fields.push(("action", "publish"));
        let done = admin.post(&item, &fields).await;
        assert_eq!(location(&done), item, "[{}] {}", app.name, done.body);
        assert_eq!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {id}")).await,
            "published"
        );
        assert_eq!(
            scalar(&app, &format!("SELECT COUNT(*) FROM audit_log WHERE item_kind = 'offer' AND item_id = {id} AND action = 'publish'")).await,
            1
        );
    }
}
