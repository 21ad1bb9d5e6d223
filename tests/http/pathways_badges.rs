//! The badge of a finished pathway: claimed once, signed, verifiable by anyone (page and
//! JSON), failing verification when tampered with, and revoked by an administrator only.

use crate::pathways_journey::{finish, SLUG};
use crate::sql::{scalar, text};
use crate::support::location;
use axum::http::StatusCode;

const ADMIN: (&str, &str) = ("admin@example.org", "demo admin of the academy");

#[tokio::test]
async fn a_finished_pathway_gives_one_signed_badge_that_anyone_can_verify_and_an_admin_can_revoke() {
    for app in crate::support::each_db().await {
        let name = app.name;
        let mut client = app.client();
        let last = finish(&app, &mut client, SLUG).await;
        assert_eq!(location(&last), format!("/en/pathways/{SLUG}#badge"), "[{name}]");
        let page = client.follow(&last).await;
        assert!(page.body.contains("finished the pathway"), "[{name}]");
        // The name is required, and kept when refused.
        let sent = client
            .submit(
                &format!("/en/pathways/{SLUG}"),
                &format!("/en/pathways/{SLUG}/badge"),
                &[("name", "  ")],
            )
            .await;
        let page = client.follow(&sent).await;
        assert!(page.body.contains("Enter the name"), "[{name}]");
        let token = crate::support::csrf_of(&client.ok_page(&format!("/en/pathways/{SLUG}")).await);
        let sent = client
            .submit(
                &format!("/en/pathways/{SLUG}"),
                &format!("/en/pathways/{SLUG}/badge"),
                &[("name", "Ada Lovelace")],
            )
            .await;
        let badge_path = location(&sent);
        assert!(badge_path.starts_with("/en/badges/"), "[{name}] {badge_path}");
        let id = badge_path.trim_start_matches("/en/badges/").to_string();
        let page = client.follow(&sent).await;
        assert!(page.body.contains("this badge is genuine"), "[{name}]");
        assert!(page.body.contains("Ada Lovelace"));
        // Never twice, even from an old tab.
        let again = client
            .post(
                &format!("/en/pathways/{SLUG}/badge"),
                &[("csrf_token", &token), ("name", "Ada")],
            )
            .await;
        assert_eq!(location(&again), badge_path, "[{name}]");
        assert_eq!(scalar(&app, "SELECT COUNT(*) FROM badges").await, 1);
        // Anyone can check it, also as JSON.
        let public = app.ok(&badge_path).await;
        assert!(public.body.contains("this badge is genuine"), "[{name}]");
        let json: serde_json::Value = serde_json::from_str(&app.ok(&format!("/badges/{id}.json")).await.body)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(json["verification"]["valid"], true, "[{name}]");
        let credential = &json["credential"];
        assert_eq!(
            credential["type"],
            serde_json::json!(["VerifiableCredential", "OpenBadgeCredential"])
        );
        assert_eq!(
            credential["credentialSubject"]["identifier"][0]["identityHash"],
            "Ada Lovelace"
        );
        let alignment = credential["credentialSubject"]["achievement"]["alignment"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!alignment.is_empty(), "[{name}] aligned to DigComp");
        assert!(alignment
            .iter()
            .all(|a| a["targetFramework"].as_str().unwrap_or("").contains("2.2")));
        // The page's address answers machines too.
        let aliased = app.ok(&format!("/fr/badges/{id}.json")).await;
        assert!(aliased.body.contains("\"verification\""), "[{name}]");
        let negotiated = app
            .send(
                axum::http::Request::get(format!("/en/badges/{id}"))
                    .header("accept", "application/json")
                    .body(axum::body::Body::empty())
                    .unwrap_or_else(|e| panic!("{e}")),
            )
            .await;
        assert!(negotiated.body.starts_with('{'), "[{name}] {}", negotiated.body);
        let jwt = app.ok(&format!("/badges/{id}.jwt")).await;
        assert_eq!(jwt.headers["content-type"], "application/vc+jwt");
        assert_eq!(jwt.body.split('.').count(), 3);
        let keys: serde_json::Value =
            serde_json::from_str(&app.ok("/.well-known/jwks.json").await.body).unwrap_or_default();
        assert_eq!(keys["keys"][0]["crv"], "Ed25519");
        let issuer: serde_json::Value =
            serde_json::from_str(&app.ok("/badges/issuer.json").await.body).unwrap_or_default();
        assert_eq!(issuer["id"], credential["issuer"]["id"]);
        // A tampered credential no longer verifies.
        let stored = text(&app, &format!("SELECT credential FROM badges WHERE id = '{id}'")).await;
        let parts: Vec<&str> = stored.split('.').collect();
        use base64::Engine;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let payload = String::from_utf8(engine.decode(parts[1]).unwrap_or_default()).unwrap_or_default();
        let forged = format!(
            "{}.{}.{}",
            parts[0],
            engine.encode(payload.replace("Ada Lovelace", "Eve Mallory")),
            parts[2]
        );
        app.exec(&format!(
            "UPDATE badges SET credential = '{forged}' WHERE id = '{id}'"
        ))
        .await;
        let page = app.ok(&badge_path).await;
        assert!(page.body.contains("could not be verified"), "[{name}]");
        app.exec(&format!(
            "UPDATE badges SET credential = '{stored}' WHERE id = '{id}'"
        ))
        .await;
        // Only an administrator revokes; the page then says so.
        let mut anonymous = app.client();
        let token =
            crate::support::csrf_of(&anonymous.ok_page(&format!("/en/pathways/{SLUG}/steps/1")).await);
        let refused = anonymous
            .post(
                &format!("/en/admin/badges/{id}"),
                &[("csrf_token", &token), ("reason-x", "no")],
            )
            .await;
        assert!(location(&refused).contains("/en/account/sign-in"), "[{name}]");
        let mut moderator = app.client();
        moderator
            .sign_in("moderator@example.org", "demo moderator of the academy")
            .await;
        let token = crate::support::csrf_of(&moderator.ok_page("/en/account").await);
        let field = format!("reason-{id}");
        let refused = moderator
            .post(
                &format!("/en/admin/badges/{id}"),
                &[("csrf_token", &token), (field.as_str(), "no")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{name}]");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM badges WHERE revoked_at IS NOT NULL").await,
            0
        );
        let mut admin = app.client();
        admin.sign_in(ADMIN.0, ADMIN.1).await;
        let list = admin.ok_page("/en/admin/badges").await;
        assert!(list.body.contains("Ada Lovelace"), "[{name}]");
        let sent = admin
            .submit(
                "/en/admin/badges",
                &format!("/en/admin/badges/{id}"),
                &[(field.as_str(), "")],
            )
            .await;
        let page = admin.follow(&sent).await;
        assert!(page.body.contains("Give the reason"), "[{name}]");
        // Also from the badge's page, which the form returns to.
        let on_page = admin.ok_page(&badge_path).await;
        assert_eq!(
            on_page.attrs("form.revoke-form", "action"),
            vec![format!("/en/admin/badges/{id}")]
        );
        let sent = admin
            .submit(
                &badge_path,
                &format!("/en/admin/badges/{id}"),
                &[(field.as_str(), "Shared by someone else"), ("from", "badge")],
            )
            .await;
        assert_eq!(location(&sent), badge_path, "[{name}]");
        let page = app.ok(&badge_path).await;
        assert!(page.body.contains("This badge was revoked"), "[{name}]");
        assert!(page.body.contains("Shared by someone else"));
        let json: serde_json::Value =
            serde_json::from_str(&app.ok(&format!("/badges/{id}.json")).await.body).unwrap_or_default();
        assert_eq!(json["verification"]["valid"], false);
        let list: serde_json::Value =
            serde_json::from_str(&app.ok("/badges/revocations.json").await.body).unwrap_or_default();
        assert_eq!(list["revokedCredentials"][0]["id"], format!("urn:uuid:{id}"));
    }
}
