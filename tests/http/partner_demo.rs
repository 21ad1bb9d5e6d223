//! The demo shows the whole publishing loop at once: every demo organisation has a draft, an
//! item in review, a rejected item with the moderator's comment, and a published item with a
//! change waiting for review.

use crate::sql::scalar;
use crate::support::each_db;

#[tokio::test]
async fn every_demo_organisation_shows_the_whole_loop() {
    for app in each_db().await {
        let organisations = scalar(&app, "SELECT COUNT(*) FROM organisations").await;
        assert_eq!(organisations, 12);
        for (what, sql) in [
            ("a draft", "SELECT COUNT(DISTINCT organisation_id) FROM resources WHERE status = 'draft'"),
            ("an item in review", "SELECT COUNT(DISTINCT organisation_id) FROM offers WHERE status = 'in_review'"),
            ("a rejected item", "SELECT COUNT(DISTINCT organisation_id) FROM offers WHERE status = 'rejected'"),
            (
                "a rejection with a comment",
                "SELECT COUNT(DISTINCT organisation_id) FROM audit_log WHERE action = 'reject' AND detail IS NOT NULL",
            ),
            (
                "a published item with a pending change",
                "SELECT COUNT(DISTINCT o.organisation_id) FROM revisions r JOIN offers o ON o.id = r.item_id \
                 WHERE r.item_kind = 'offer' AND r.status = 'in_review' AND o.status = 'published'",
            ),
        ] {
            assert_eq!(scalar(&app, sql).await, 12, "[{}] every organisation has {what}", app.name);
        }
        // The moderators see them: 12 new offers and 12 changes.
        let queue = crate::authorization::person(
            &app,
            Some(("moderator@example.org", "demo moderator of the academy")),
        )
        .await
        .ok_page("/en/moderation")
        .await;
        assert_eq!(queue.texts("tbody tr").len(), 24, "[{}]", app.name);
    }
}
