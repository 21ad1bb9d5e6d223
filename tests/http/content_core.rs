//! The content core: one write path (permission for this item, audit log, the search index
//! learns of the change), revisions of published items, and personal data declared by every
//! feature that keeps it.

use crate::sql::{scalar, text};
use crate::support::{each_db, TestApp};
use app::auth::permissions::Action;
use app::content::write::change_status;
use app::content::{ContentKind, ContentStatus};
use app::error::AppError;

async fn viewer(app: &TestApp, email: &str) -> app::auth::model::Viewer {
    let id = scalar(app, &format!("SELECT id FROM users WHERE email = '{email}'")).await;
    app::auth::session::viewer_by_id(&app.db, i32::try_from(id).unwrap_or(0))
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no user {email}"))
}

/// An offer of Bitsociale (the demo editor's organisation) and one of another organisation.
async fn offers(app: &TestApp) -> (i32, String, i32) {
    let own = scalar(
        app,
        "SELECT o.id FROM offers o JOIN organisations g ON g.id = o.organisation_id \
         WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.item_id = o.id) \
         AND EXISTS (SELECT 1 FROM offer_translations t WHERE t.offer_id = o.id AND t.lang = 'en') \
         AND g.slug = 'bitsociale-cooperativa' ORDER BY o.id LIMIT 1",
    )
    .await;
    let slug = text(app, &format!("SELECT slug FROM offers WHERE id = {own}")).await;
    let other = scalar(
        app,
        "SELECT o.id FROM offers o JOIN organisations g ON g.id = o.organisation_id \
         WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.item_id = o.id) AND g.slug <> 'bitsociale-cooperativa' ORDER BY o.id LIMIT 1",
    )
    .await;
    (
        i32::try_from(own).unwrap_or(0),
        slug,
        i32::try_from(other).unwrap_or(0),
    )
}

#[tokio::test]
async fn status_changes_go_through_one_write_path() {
    for app in each_db().await {
        let editor = viewer(&app, "editor.bitsociale-cooperativa@example.org").await;
        let moderator = viewer(&app, "moderator@example.org").await;
        let (own, slug, other) = offers(&app).await;
        let page = format!("/en/offers/{slug}");
        app.ok(&page).await;

        // The editor archives their organisation's offer: it leaves the public at once, the
        // search index learns of it, and the audit log says who did it.
        let title = text(
            &app,
            &format!("SELECT title FROM offer_translations WHERE offer_id = {own} AND lang = 'en'"),
        )
        .await;
        let first_word = title.split_whitespace().next().unwrap_or_default().to_string();
        let change = change_status(
            &app.db,
            Some(&editor),
            ContentKind::Offer,
            own,
            Action::Archive,
            None,
        )
        .await
        .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        assert_eq!(change.status, ContentStatus::Archived);
        assert_eq!(
            app.get(&page).await.status,
            axum::http::StatusCode::GONE,
            "withdrawn: 410"
        );
        let found = app.ok(&format!("/en/offers?q={first_word}")).await;
        assert!(
            !found.attrs("a", "href").contains(&page),
            "[{}] the index no longer finds it",
            app.name
        );
        assert_eq!(
            scalar(
                &app,
                &format!(
                    "SELECT COUNT(*) FROM audit_log WHERE item_kind = 'offer' AND item_id = {own} \
                     AND action = 'archive' AND actor_id = {}",
                    editor.id
                )
            )
            .await,
            1
        );

        // Another organisation's offer: refused, nothing changes, nothing is logged.
        let refused = change_status(
            &app.db,
            Some(&editor),
            ContentKind::Offer,
            other,
            Action::Archive,
            None,
        )
        .await;
        assert_eq!(refused.err(), Some(AppError::Forbidden));
        assert_eq!(
            text(&app, &format!("SELECT status FROM offers WHERE id = {other}")).await,
            "published"
        );
        assert_eq!(
            scalar(
                &app,
                &format!("SELECT COUNT(*) FROM audit_log WHERE item_id = {other}")
            )
            .await,
            0
        );

        // Back through review: an archived offer cannot be submitted; a draft is submitted by
        // its editor and approved by a moderator (not by its own editor).
        app.exec(&format!("UPDATE offers SET status = 'draft' WHERE id = {own}"))
            .await;
        change_status(
            &app.db,
            Some(&editor),
            ContentKind::Offer,
            own,
            Action::Submit,
            None,
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            change_status(
                &app.db,
                Some(&editor),
                ContentKind::Offer,
                own,
                Action::Approve,
                None
            )
            .await
            .err(),
            Some(AppError::Forbidden)
        );
        let approved = change_status(
            &app.db,
            Some(&moderator),
            ContentKind::Offer,
            own,
            Action::Approve,
            Some("Clear and complete.".into()),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(approved.published_now());
        assert_eq!(app.get(&page).await.status, axum::http::StatusCode::OK);
        let found = app.ok(&format!("/en/offers?q={first_word}")).await;
        assert!(
            found.attrs("a", "href").contains(&page),
            "[{}] found again",
            app.name
        );
        // Approving twice is a conflict (it is no longer in review).
        assert_eq!(
            change_status(
                &app.db,
                Some(&moderator),
                ContentKind::Offer,
                own,
                Action::Approve,
                None
            )
            .await
            .err(),
            Some(AppError::Conflict)
        );
        let actions = app::content::audit::history(&app.db, ContentKind::Offer, own)
            .await
            .unwrap_or_default();
        let codes: Vec<&str> = actions.iter().map(|a| a.action.as_str()).collect();
        assert_eq!(codes, ["archive", "submit", "approve"]);
        assert_eq!(actions[2].detail.as_deref(), Some("Clear and complete."));
    }
}

#[tokio::test]
async fn a_revision_waits_in_review_while_the_published_text_stays_live() {
    for app in each_db().await {
        let (own, slug, _) = offers(&app).await;
        let page = format!("/en/offers/{slug}");
        let live = app.ok(&page).await.texts("h1");
        let proposed = serde_json::json!({ "translations": { "en": { "title": "A title in review" } } });
        let id = app::content::revisions::propose(&app.db, ContentKind::Offer, own, None, &proposed)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // Proposing again replaces the pending revision (one per item).
        let again = app::content::revisions::propose(&app.db, ContentKind::Offer, own, None, &proposed)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(id, again);
        assert_eq!(
            app.ok(&page).await.texts("h1"),
            live,
            "[{}] the public sees the published text",
            app.name
        );
        let pending = app::content::revisions::pending(&app.db, ContentKind::Offer, own)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("a revision in review"));
        assert_eq!(pending.status, ContentStatus::InReview);
        // Two moderators decide at once: one decision wins, the data is applied once.
        let (a, b) = tokio::join!(
            app::content::revisions::decide(&app.db, id, None, true, None),
            app::content::revisions::decide(&app.db, id, None, true, None),
        );
        let applied = [a.ok().flatten(), b.ok().flatten()].into_iter().flatten().count();
        assert_eq!(applied, 1, "[{}]", app.name);
        assert!(app::content::revisions::pending(&app.db, ContentKind::Offer, own)
            .await
            .ok()
            .flatten()
            .is_none());
    }
}

/// Every column that holds a person's id: foreign keys to `users`, and the columns whose name
/// says they hold one (`*_by`, `user_id`, `actor_id`, `author_id`, `reviewer_id`).
async fn person_columns(app: &TestApp) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let tables = crate::sql::texts(
        app,
        if app.name == "sqlite" {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations'"
        } else {
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'seaql_migrations'"
        },
    )
    .await;
    for table in tables {
        let (fks, columns) = if app.name == "sqlite" {
            (
                crate::sql::texts(
                    app,
                    &format!(
                        "SELECT \"from\" FROM pragma_foreign_key_list('{table}') WHERE \"table\" = 'users'"
                    ),
                )
                .await,
                crate::sql::texts(app, &format!("SELECT name FROM pragma_table_info('{table}')")).await,
            )
        } else {
            (
                crate::sql::texts(
                    app,
                    &format!(
                        "SELECT kcu.column_name FROM information_schema.table_constraints tc \
                         JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name \
                         JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name \
                         WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = '{table}' \
                         AND ccu.table_name = 'users'"
                    ),
                )
                .await,
                crate::sql::texts(
                    app,
                    &format!("SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'"),
                )
                .await,
            )
        };
        for column in columns {
            let named = column == "user_id"
                || column.ends_with("_by")
                || ["actor_id", "author_id", "reviewer_id"].contains(&column.as_str());
            if named || fks.contains(&column) {
                found.push((table.clone(), column));
            }
        }
    }
    found.push(("users".into(), "id".into()));
    found.sort();
    found.dedup();
    found
}

#[tokio::test]
async fn every_column_holding_a_person_is_exported_or_erased() {
    for app in each_db().await {
        let declared: Vec<(String, String)> = app::personal_data::declared(&app::personal_data_features())
            .into_iter()
            .map(|(t, c)| (t.to_string(), c.to_string()))
            .collect();
        let columns = person_columns(&app).await;
        assert!(columns.len() > 8, "[{}] {columns:?}", app.name);
        for column in &columns {
            assert!(
                declared.contains(column),
                "[{}] {column:?} holds a person's id but no feature exports or erases it",
                app.name
            );
        }
    }
}
