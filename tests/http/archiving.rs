//! Withdrawing a published item from the partner space: its editor archives it with the form
//! on the item's page; it leaves the public list at once, its page answers 410 Gone in the
//! reader's language, the history names who did it. Another organisation's editor cannot, and
//! an item that is not published cannot be archived.

use crate::authorization::person;
use crate::sql::{scalar, text};
use crate::support::{each_db, location};
use axum::http::StatusCode;

const PASSWORD: &str = "demo editor of the academy";

#[tokio::test]
async fn an_editor_withdraws_a_published_item_of_each_kind() {
    for app in each_db().await {
        for (table, segment) in [
            ("interviews", "interviews"),
            ("resources", "resources"),
            ("pathways", "pathways"),
        ] {
            let pick = |column: &str| {
                format!(
                    "SELECT {column} FROM {table} t JOIN organisations o ON o.id = t.organisation_id \
                     WHERE t.status = 'published' AND o.slug IN \
                     ('bitsociale-cooperativa', 'numerique-solidaire-lyon', 'conecta-mayores') \
                     ORDER BY t.id LIMIT 1"
                )
            };
            let id = scalar(&app, &pick("t.id")).await;
            let slug = text(&app, &pick("t.slug")).await;
            let org = text(&app, &pick("o.slug")).await;
            let other = if org == "conecta-mayores" {
                "bitsociale-cooperativa"
            } else {
                "conecta-mayores"
            };
            let page = format!("/fr/{segment}/{slug}");
            app.ok(&page).await;
            let item = format!("/fr/partner/{segment}/{id}");
            let archive = format!("{item}/archive");

            let mut stranger = person(&app, Some((&format!("editor.{other}@example.org"), PASSWORD))).await;
            let refused = stranger.submit("/fr/partner", &archive, &[]).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "[{}] {table}", app.name);
            app.ok(&page).await;

            let mut editor = person(&app, Some((&format!("editor.{org}@example.org"), PASSWORD))).await;
            let form = editor.ok_page(&item).await;
            assert_eq!(
                form.attrs(&format!("form[action='{archive}']"), "method"),
                vec!["post"],
                "[{}] {table}: the item's page has the form",
                app.name
            );
            let done = editor.submit(&item, &archive, &[]).await;
            assert_eq!(location(&done), item, "[{}] {table}", app.name);
            let gone = app.get(&page).await;
            assert_eq!(gone.status, StatusCode::GONE, "[{}] {table}", app.name);
            assert_eq!(gone.texts("h1"), vec!["Cette page a été retirée"]);
            assert!(
                !app.ok(&format!("/fr/{segment}"))
                    .await
                    .attrs("a", "href")
                    .contains(&page),
                "[{}] {table}: out of the list",
                app.name
            );
            assert_eq!(
                scalar(
                    &app,
                    &format!(
                        "SELECT COUNT(*) FROM audit_log WHERE item_kind = '{}' AND item_id = {id} \
                         AND action = 'archive' AND actor_id = \
                         (SELECT id FROM users WHERE email = 'editor.{org}@example.org')",
                        &table[..table.len() - 1]
                    )
                )
                .await,
                1,
                "[{}] {table}",
                app.name
            );
            // Archived: nothing more to archive, and the form is gone.
            let again = editor.submit("/fr/partner", &archive, &[]).await;
            assert_eq!(again.status, StatusCode::CONFLICT, "[{}] {table}", app.name);
            assert!(editor
                .ok_page(&item)
                .await
                .attrs(&format!("form[action='{archive}']"), "method")
                .is_empty());
        }
    }
}
