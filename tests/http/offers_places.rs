//! Several values of one filter ("Lyon or remote", "job or internship") and places near a
//! town ("Villeurbanne finds Lyon's offers"), on both databases.

use crate::offers::OPEN;
use crate::sql::{scalar, texts};
use crate::support::{each_db, TestApp};

/// The slugs of every offer a search lists (all its pages).
async fn found(app: &TestApp, query: &str) -> Vec<String> {
    let mut slugs = Vec::new();
    for page in 1..=10 {
        let page = app.ok(&format!("/en/offers?{query}&page={page}")).await;
        let links: Vec<String> = page
            .attrs(".offer-card h2 a", "href")
            .iter()
            .filter_map(|h| h.rsplit('/').next().map(String::from))
            .collect();
        // Past the last page, the list shows its first page again (the page number ignored).
        if links.is_empty() || links.iter().any(|l| slugs.contains(l)) {
            break;
        }
        slugs.extend(links);
    }
    slugs.sort();
    slugs
}

async fn expected(app: &TestApp, sql: &str) -> Vec<String> {
    let mut slugs = texts(app, &format!("SELECT slug FROM offers WHERE {OPEN} AND {sql}")).await;
    slugs.sort();
    slugs
}

#[tokio::test]
async fn values_of_one_filter_add_up_and_different_filters_narrow() {
    for app in each_db().await {
        for (query, sql) in [
            (
                "city=Lyon&city=remote&radius=0",
                "(city = 'Lyon' OR work_mode = 'remote')",
            ),
            ("kind=job&kind=internship", "kind IN ('job', 'internship')"),
            ("mode=remote&mode=hybrid", "work_mode IN ('remote', 'hybrid')"),
            ("country=FR&country=BE", "country IN ('FR', 'BE')"),
            (
                "city=Lyon&city=remote&radius=0&kind=job",
                "(city = 'Lyon' OR work_mode = 'remote') AND kind = 'job'",
            ),
            (
                "kind=job&kind=volunteering&mode=on_site&country=ES",
                "kind IN ('job', 'volunteering') AND work_mode = 'on_site' AND country = 'ES'",
            ),
        ] {
            let want = expected(&app, sql).await;
            assert!(!want.is_empty(), "[{}] {query} matches demo offers", app.name);
            assert_eq!(found(&app, query).await, want, "[{}] {query}", app.name);
        }
        // "Lyon or remote" finds more than either alone.
        let lyon = scalar(
            &app,
            &format!("SELECT COUNT(*) FROM offers WHERE {OPEN} AND city = 'Lyon'"),
        )
        .await;
        let either = found(&app, "city=Lyon&city=remote&radius=0").await.len() as i64;
        assert!(either > lyon, "[{}] {either} > {lyon}", app.name);

        // Each value is a chip of its own: removing Lyon keeps remote.
        let page = app.ok("/en/offers?city=Lyon&city=remote&radius=0").await;
        let chips = page.attrs(".active-filters a.chip", "href");
        assert_eq!(chips.len(), 3, "[{}] {chips:?}", app.name);
        let without_lyon = chips
            .iter()
            .find(|h| !h.contains("Lyon"))
            .cloned()
            .unwrap_or_default();
        assert!(
            without_lyon.contains("city=remote"),
            "[{}] {without_lyon}",
            app.name
        );
        // The form keeps both places ticked.
        let ticked = page.attrs("input[name=city][checked]", "value");
        assert_eq!(ticked, vec!["Lyon", "remote"], "[{}]", app.name);
        assert!(page.texts(".ignored, .notice-warning").is_empty());
    }
}

#[tokio::test]
async fn a_town_finds_the_offers_of_the_towns_around_it() {
    for app in each_db().await {
        // Villeurbanne has no offer of its own; Lyon, next door, has several.
        let lyon = expected(&app, "city = 'Lyon'").await;
        assert!(!lyon.is_empty());
        assert_eq!(found(&app, "city=Villeurbanne").await, lyon, "[{}]", app.name);
        assert_eq!(
            found(&app, "city=Villeurbanne&radius=10").await,
            lyon,
            "[{}]",
            app.name
        );
        // The town alone finds nothing there, and says so without ignoring the filter.
        let page = app.ok("/en/offers?city=Villeurbanne&radius=0").await;
        assert!(page.texts(".offer-card").is_empty(), "[{}]", app.name);
        assert!(
            page.texts(".ignored, .notice-warning").is_empty(),
            "[{}]",
            app.name
        );
        // Getafe finds Madrid; Monza finds Milano; a name in another language is the same town.
        assert_eq!(
            found(&app, "city=Getafe").await,
            expected(&app, "city = 'Madrid'").await
        );
        assert_eq!(
            found(&app, "city=Monza").await,
            expected(&app, "city = 'Milano'").await
        );
        assert_eq!(
            found(&app, "city=Turin&radius=0").await,
            expected(&app, "city = 'Torino'").await
        );
        // A wide radius reaches further (Lyon to Saint-Étienne and Grenoble has no demo offer,
        // but 100 km from Villeurbanne is still Lyon's offers and nothing from Paris).
        let wide = found(&app, "city=Villeurbanne&radius=100").await;
        let paris = expected(&app, "city = 'Paris'").await;
        assert!(wide.iter().all(|s| !paris.contains(s)), "[{}]", app.name);
        // A place nobody knows is reported and ignored, never an error.
        let page = app.ok("/en/offers?city=Atlantis&city=Lyon&radius=0").await;
        assert_eq!(page.texts(".offer-card").len(), lyon.len().min(20));
        assert!(
            !page.texts(".ignored, .notice-warning").is_empty(),
            "[{}]",
            app.name
        );
        let page = app.ok("/fr/offers?radius=7").await;
        assert!(
            !page.texts(".ignored, .notice-warning").is_empty(),
            "[{}]",
            app.name
        );
    }
}

#[tokio::test]
async fn pay_hours_and_contract_are_facts_said_once() {
    for app in each_db().await {
        let slug = "fr-developpeur-web-carnet-adherents-nantes";
        let page = app.ok(&format!("/en/offers/{slug}")).await;
        let facts = page.texts(".offer-facts li");
        assert!(
            facts
                .iter()
                .any(|f| f.contains("€38,000") && f.contains("€43,000") && f.contains("a year")),
            "[{}] {facts:?}",
            app.name
        );
        assert!(
            facts.iter().any(|f| f.contains("hours a week")),
            "[{}] {facts:?}",
            app.name
        );
        let fr = app.ok(&format!("/fr/offers/{slug}")).await;
        let facts = fr.texts(".offer-facts li").join(" | ");
        assert!(
            facts.contains("38\u{202f}000\u{a0}€") && facts.contains("par an"),
            "[{}] {facts}",
            app.name
        );
        // The same facts on the card in the list.
        let list = app.ok("/en/offers?city=Nantes&radius=0").await;
        assert!(
            list.texts(".offer-card .fact-pay")
                .iter()
                .any(|f| f.contains("€38,000")),
            "[{}]",
            app.name
        );
        // A training whose contract is "course" says "Training" once.
        let training = crate::sql::text(
            &app,
            &format!("SELECT slug FROM offers WHERE {OPEN} AND kind = 'training' AND contract = 'course' ORDER BY slug LIMIT 1"),
        )
        .await;
        let page = app.ok(&format!("/en/offers/{training}")).await;
        assert!(
            page.texts(".offer-facts .fact-contract").is_empty(),
            "[{}] {training}",
            app.name
        );
        let body = page.texts("main").join(" ");
        assert_eq!(body.matches("Training").count().min(1), 1);
        assert!(!body.contains("Contract"), "[{}] contract said again", app.name);
        // An offer without pay shows no pay.
        let unpaid = crate::sql::text(
            &app,
            &format!("SELECT slug FROM offers WHERE {OPEN} AND salary_min IS NULL ORDER BY slug LIMIT 1"),
        )
        .await;
        let page = app.ok(&format!("/en/offers/{unpaid}")).await;
        assert!(page.texts(".fact-pay").is_empty(), "[{}] {unpaid}", app.name);
    }
}
