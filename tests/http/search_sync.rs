//! The site-wide search index of each app server learns of every change through the content
//! core's write path: two servers on one database find the same items in the same order, before
//! and after an editor withdraws one (archived through the partner space on one server).

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::each_db;
use app::search::index::{Hit, Kind};

fn keys(hits: &[Hit]) -> Vec<(Kind, i32)> {
    hits.iter().map(|h| (h.kind, h.id)).collect()
}

#[tokio::test]
async fn two_servers_agree_before_and_after_a_change() {
    for app in each_db().await {
        let name = app.name;
        let (one, two) = (app.state(), app.state());
        let pick = |column: &str| {
            format!(
                "SELECT {column} FROM interviews t JOIN organisations o ON o.id = t.organisation_id \
                 JOIN interview_translations x ON x.interview_id = t.id \
                 WHERE t.status = 'published' ORDER BY t.id LIMIT 1"
            )
        };
        let id = scalar(&app, &pick("t.id")).await as i32;
        let org = text(&app, &pick("o.slug")).await;
        let title = text(&app, &pick("x.title")).await;
        let query = title.split_whitespace().take(3).collect::<Vec<_>>().join(" ");

        let found_one = one
            .offer_search
            .text
            .search(&app.db, &query, &[])
            .await
            .unwrap_or_default();
        let found_two = two
            .offer_search
            .text
            .search(&app.db, &query, &[])
            .await
            .unwrap_or_default();
        assert!(
            keys(&found_one).contains(&(Kind::Interview, id)),
            "[{name}] {query}: {found_one:?}"
        );
        assert_eq!(keys(&found_one), keys(&found_two), "[{name}] the same order");
        // Word forms and typos, through the database's content.
        let everywhere = one
            .offer_search
            .text
            .search(&app.db, "formations", &[])
            .await
            .unwrap_or_default();
        let singular = two
            .offer_search
            .text
            .search(&app.db, "formation", &[])
            .await
            .unwrap_or_default();
        assert!(!everywhere.is_empty(), "[{name}]");
        let (mut a, mut b) = (keys(&everywhere), keys(&singular));
        a.sort();
        b.sort();
        assert_eq!(a, b, "[{name}] plural and singular");
        let typo = one
            .offer_search
            .text
            .search(&app.db, "accesibilite", &[])
            .await
            .unwrap_or_default();
        assert!(!typo.is_empty(), "[{name}] a typo");

        // Withdrawn on one server (the write path): neither finds it at its next search.
        let mut editor = person(
            &app,
            Some((&format!("editor.{org}@example.org"), "demo editor of the academy")),
        )
        .await;
        let archive = format!("/fr/partner/interviews/{id}/archive");
        let done = editor
            .submit(&format!("/fr/partner/interviews/{id}"), &archive, &[])
            .await;
        assert!(done.status.is_redirection(), "[{name}] {}", done.status);
        let after_one = one
            .offer_search
            .text
            .search(&app.db, &query, &[])
            .await
            .unwrap_or_default();
        let after_two = two
            .offer_search
            .text
            .search(&app.db, &query, &[])
            .await
            .unwrap_or_default();
        assert!(!keys(&after_one).contains(&(Kind::Interview, id)), "[{name}]");
        assert_eq!(keys(&after_one), keys(&after_two), "[{name}] still the same");
        // A third server started now (a rebuild) agrees with the two that applied the change.
        let three = app.state();
        let after_three = three
            .offer_search
            .text
            .search(&app.db, &query, &[])
            .await
            .unwrap_or_default();
        assert_eq!(
            keys(&after_one),
            keys(&after_three),
            "[{name}] rebuilt or changed, the same"
        );
    }
}
