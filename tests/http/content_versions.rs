//! Every content item carries a version that each change raises: two editors who opened the
//! same item save at once, and the second is refused with a conflict instead of overwriting
//! the first one's work (on both databases, in parallel).

use crate::sql::scalar;
use crate::support::{each_db, TestApp};
use app::auth::model::Viewer;
use app::auth::permissions::Action;
use app::content::write::{change_status, item, Write};
use app::content::ContentKind;
use app::error::AppError;

async fn viewer(app: &TestApp, email: &str) -> Viewer {
    let id = scalar(app, &format!("SELECT id FROM users WHERE email = '{email}'")).await;
    app::auth::session::viewer_by_id(&app.db, i32::try_from(id).unwrap_or(0))
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no user {email}"))
}

/// Saves offer `id` as an editor whose form was opened at `version`.
async fn save(app: &TestApp, editor: &Viewer, id: i32, version: i32) -> Result<(), AppError> {
    let found = item(&app.db, ContentKind::Offer, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut write = Write::begin(&app.db, Some(editor), Action::Edit, found, Some(id)).await?;
    write.expect_version(version).await?;
    write.commit().await.map(|_| ())
}

#[tokio::test]
async fn the_second_of_two_saves_of_the_same_version_is_a_conflict() {
    for app in each_db().await {
        let editor = viewer(&app, "editor.bitsociale-cooperativa@example.org").await;
        let id = scalar(
            &app,
            "SELECT o.id FROM offers o JOIN organisations g ON g.id = o.organisation_id \
             WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.item_id = o.id) AND g.slug = 'bitsociale-cooperativa' ORDER BY o.id LIMIT 1",
        )
        .await;
        let id = i32::try_from(id).unwrap_or(0);
        let version_sql = format!("SELECT version FROM offers WHERE id = {id}");
        let opened = i32::try_from(scalar(&app, &version_sql).await).unwrap_or(0);
        assert_eq!(opened, 1, "[{}] a new item is at version 1", app.name);

        let (first, second) = tokio::join!(save(&app, &editor, id, opened), save(&app, &editor, id, opened));
        let outcomes = [first, second];
        assert_eq!(
            outcomes.iter().filter(|o| o.is_ok()).count(),
            1,
            "[{}] {outcomes:?}",
            app.name
        );
        assert!(
            outcomes.iter().any(|o| matches!(o, Err(AppError::Conflict))),
            "[{}] {outcomes:?}",
            app.name
        );
        assert_eq!(scalar(&app, &version_sql).await, 2, "[{}]", app.name);
        let edits = scalar(
            &app,
            &format!("SELECT COUNT(*) FROM audit_log WHERE item_kind = 'offer' AND item_id = {id} AND action = 'edit'"),
        )
        .await;
        assert_eq!(edits, 1, "[{}] only the save that happened is logged", app.name);

        // A form opened before a status change is out of date too.
        change_status(
            &app.db,
            Some(&editor),
            ContentKind::Offer,
            id,
            Action::Archive,
            None,
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(scalar(&app, &version_sql).await, 3, "[{}]", app.name);
        let moderator = viewer(&app, "moderator@example.org").await;
        assert!(
            matches!(save(&app, &moderator, id, 2).await, Err(AppError::Conflict)),
            "[{}] opened before the archiving",
            app.name
        );
        save(&app, &moderator, id, 3)
            .await
            .unwrap_or_else(|e| panic!("[{}] opened after: {e}", app.name));
    }
}
