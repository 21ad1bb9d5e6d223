//! What administrators and moderators change: roles, memberships, verified organisations.

use crate::authorization::{person, PEOPLE};
use crate::sql::scalar;
use crate::support::{each_db, location};
use axum::http::StatusCode;

#[tokio::test]
async fn an_admin_changes_roles_and_memberships() {
    for app in each_db().await {
        let mut learner = person(&app, PEOPLE[1].1).await;
        let mut admin = person(&app, PEOPLE[4].1).await;
        let id = scalar(&app, "SELECT id FROM users WHERE email = 'learner@example.org'").await;
        let page = format!("/en/admin/users/{id}");
        let listed = admin.get("/en/admin/users?q=LEARNER").await;
        assert_eq!(
            listed.texts("tbody tr").len(),
            1,
            "[{}] search: {}",
            app.name,
            listed.body
        );

        let done = admin
            .submit(&page, &page, &[("action", "role"), ("role", "moderator")])
            .await;
        assert_eq!(location(&done), page);
        assert!(admin.follow(&done).await.body.contains("role is saved"));
        assert_eq!(
            learner.get("/en/moderation").await.status,
            StatusCode::OK,
            "effective at once"
        );

        let org = scalar(
            &app,
            "SELECT id FROM organisations WHERE slug = 'bitsociale-cooperativa'",
        )
        .await
        .to_string();
        let done = admin
            .submit(
                &page,
                &page,
                &[("action", "add-membership"), ("organisation_id", &org)],
            )
            .await;
        assert!(admin.follow(&done).await.body.contains("membership is added"));
        assert_eq!(learner.get("/en/partner").await.status, StatusCode::OK);
        let again = admin
            .submit(
                &page,
                &page,
                &[("action", "add-membership"), ("organisation_id", &org)],
            )
            .await;
        assert_eq!(
            admin
                .follow(&again)
                .await
                .texts("#field-organisation-id-error")
                .len(),
            1
        );
        let bad = admin
            .submit(
                &page,
                &page,
                &[("action", "add-membership"), ("organisation_id", "abc")],
            )
            .await;
        assert_eq!(
            admin
                .follow(&bad)
                .await
                .texts("#field-organisation-id-error")
                .len(),
            1
        );
        let done = admin
            .submit(
                &page,
                &page,
                &[("action", "remove-membership"), ("organisation_id", &org)],
            )
            .await;
        assert!(admin.follow(&done).await.body.contains("membership is removed"));
        let bad_role = admin
            .submit(&page, &page, &[("action", "role"), ("role", "editor")])
            .await;
        assert_eq!(
            admin.follow(&bad_role).await.texts("#field-role-error").len(),
            1,
            "editor comes from memberships"
        );
        let done = admin
            .submit(&page, &page, &[("action", "role"), ("role", "learner")])
            .await;
        admin.follow(&done).await;
        assert_eq!(learner.get("/en/partner").await.status, StatusCode::FORBIDDEN);
        assert_eq!(learner.get("/en/moderation").await.status, StatusCode::FORBIDDEN);

        // The last administrator cannot step down (nobody could manage roles any more).
        let me = scalar(&app, "SELECT id FROM users WHERE email = 'admin@example.org'").await;
        let mine = format!("/en/admin/users/{me}");
        let refused = admin
            .submit(&mine, &mine, &[("action", "role"), ("role", "learner")])
            .await;
        assert_eq!(admin.follow(&refused).await.texts("#field-role-error").len(), 1);
        assert_eq!(
            admin.get("/en/admin/users/999999").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            admin.get("/en/admin/users/not-a-number").await.status,
            StatusCode::NOT_FOUND
        );

        // Outbox: the learner's verification mail is there to read.
        let outbox = admin.get("/en/admin/outbox").await;
        assert!(outbox.body.contains("learner@example.org") && outbox.body.contains("/account/verify/"));
    }
}

#[tokio::test]
async fn a_moderator_verifies_organisations() {
    for app in each_db().await {
        let mut moderator = person(&app, PEOPLE[3].1).await;
        let org = "bitsociale-cooperativa";
        app.exec(&format!(
            "UPDATE organisations SET verified = false WHERE slug = '{org}'"
        ))
        .await;
        let id = scalar(
            &app,
            &format!("SELECT id FROM organisations WHERE slug = '{org}'"),
        )
        .await
        .to_string();
        let done = moderator
            .submit(
                "/en/moderation",
                "/en/moderation",
                &[("action", "verify"), ("organisation_id", &id)],
            )
            .await;
        assert_eq!(location(&done), "/en/moderation", "[{}]", app.name);
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM organisations WHERE slug = '{org}' AND verified")
            )
            .await,
            1
        );
    }
}
