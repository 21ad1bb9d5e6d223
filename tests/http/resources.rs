//! The resource library: the list searches words in every language and filters by kind,
//! competence, language, licence and organisation; a resource's page states its licence and
//! names its file's format and size (in the reader's units); the file is sent as an attachment
//! under a clean name, only once published; an archived resource is gone (410).

use crate::sql::scalar;
use crate::support::each_db;
use axum::http::StatusCode;

const CHECKLIST: &str = "checklist-rgpd-petite-association";

#[tokio::test]
async fn the_library_lists_searches_and_filters() {
    for app in each_db().await {
        let all = app.ok("/en/resources").await;
        let count = all.texts(".result-count")[0].clone();
        let total: u64 = count.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(total >= 12, "[{}] {count}", app.name);
        assert_eq!(all.texts("h1"), vec!["Resources"]);
        // Words in any language, accents and capitals ignored.
        for (query, slug) in [
            ("rgpd", CHECKLIST),
            ("GDPR checklist", CHECKLIST),
            ("accesibilidad", "lista-accesibilidad-web-basica-entidades"),
            ("volontari", "modello-piano-inserimento-volontari"),
        ] {
            let found = app
                .ok(&format!("/en/resources?q={}", query.replace(' ', "+")))
                .await;
            let links = found.attrs(".cards h2 a", "href");
            assert!(
                links.iter().any(|h| h.ends_with(slug)),
                "[{}] {query}: {links:?}",
                app.name
            );
        }
        let none = app.ok("/en/resources?q=zzzqqq").await;
        assert!(none.texts(".cards h2").is_empty());
        assert!(none.body.contains("No resource matches"));
        // Filters: each keeps only what it names.
        let talks = app.ok("/fr/resources?kind=recorded_talk").await;
        assert_eq!(talks.texts(".cards h2").len(), 3, "[{}]", app.name);
        assert!(talks
            .texts(".card-kind")
            .iter()
            .all(|k| k == "Conférence enregistrée"));
        let cc0 = app.ok("/en/resources?licence=cc0-1.0").await;
        assert_eq!(cc0.texts(".cards h2").len(), 1);
        let spanish = app.ok("/en/resources?lang=es&organisation=conecta-mayores").await;
        assert!(!spanish.texts(".cards h2").is_empty());
        assert!(spanish.texts(".byline").iter().all(|b| b.contains("Español")));
        let safety = app.ok("/en/resources?competence=4.2").await;
        assert!(safety
            .attrs(".cards h2 a", "href")
            .iter()
            .any(|h| h.ends_with(CHECKLIST)));
        // A value that cannot be is dropped and named, never an error.
        let odd = app.ok("/en/resources?kind=poster&licence=%FF").await;
        assert!(
            odd.texts(".notice-warning").iter().any(|n| n.contains("type")),
            "[{}]",
            app.name
        );
        assert_eq!(odd.texts(".cards h2").len(), all.texts(".cards h2").len());
    }
}

#[tokio::test]
async fn a_resource_states_its_licence_and_file() {
    for app in each_db().await {
        let page = app.ok(&format!("/en/resources/{CHECKLIST}")).await;
        assert!(page.body.contains("Licence: CC BY-SA 4.0"), "[{}]", app.name);
        assert!(page.attrs("a[rel~=license]", "href")[0].contains("by-sa/4.0"));
        let download = format!("/en/resources/{CHECKLIST}/file");
        assert!(page.attrs("a.button", "href").contains(&download));
        assert!(
            page.body.contains("PDF, 1.4 KB"),
            "[{}] the size and format",
            app.name
        );
        // In French, the French units and decimal comma.
        let fr = app.ok(&format!("/fr/resources/{CHECKLIST}")).await;
        assert!(fr.body.contains("PDF, 1,4 ko"), "[{}]", app.name);
        // Not written in Italian: the Italian page shows the original and says so.
        let fallback = app.ok("/it/resources/fundraising-crm-migration-guide").await;
        assert!(!fallback.texts(".notice-lang").is_empty(), "[{}]", app.name);

        let file = app.get(&download).await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.headers["content-type"], "application/pdf");
        let disposition = file.headers["content-disposition"].to_str().unwrap_or_default();
        assert!(disposition.starts_with("attachment;"), "{disposition}");
        assert!(disposition.contains("checklist-rgpd-petite-association.pdf"));
        assert!(file.body.starts_with("%PDF"));

        assert_eq!(
            app.get("/en/resources/no-such-thing").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/en/resources/no-such-thing/file").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/en/resources/Bad%20Slug").await.status,
            StatusCode::NOT_FOUND
        );

        // Archived: gone from the list, its page and file 410 Gone.
        app.exec(&format!(
            "UPDATE resources SET status = 'archived' WHERE slug = '{CHECKLIST}'"
        ))
        .await;
        assert_eq!(
            app.get(&format!("/en/resources/{CHECKLIST}")).await.status,
            StatusCode::GONE
        );
        assert_eq!(app.get(&download).await.status, StatusCode::GONE);
        let list = app.ok("/en/resources?q=rgpd").await;
        assert!(
            !list
                .attrs(".cards h2 a", "href")
                .iter()
                .any(|h| h.ends_with(CHECKLIST)),
            "[{}]",
            app.name
        );
        let sitemap = app.ok("/sitemap.xml").await;
        assert!(!sitemap.body.contains(CHECKLIST));
        assert!(sitemap
            .body
            .contains("/resources/kit-hackathon-donnees-ouvertes-citoyens"));
        assert!(scalar(&app, "SELECT COUNT(*) FROM resources WHERE status = 'published'").await >= 12);
    }
}
