//! Offers: the demo content, search and filters, offer pages.

use crate::sql::{scalar, text, texts};
use crate::support::each_db;
use axum::http::StatusCode;

pub const OPEN: &str = "status = 'published' AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)";

#[tokio::test]
async fn the_demo_has_sixty_offers_of_every_kind_mode_and_country() {
    for app in each_db().await {
        assert!(scalar(&app, "SELECT COUNT(*) FROM offers").await >= 60);
        for kind in ["job", "internship", "volunteering", "training"] {
            assert!(
                scalar(
                    &app,
                    &format!("SELECT COUNT(*) FROM offers WHERE kind = '{kind}'")
                )
                .await
                    >= 4,
                "{kind}"
            );
        }
        for mode in ["on_site", "hybrid", "remote"] {
            assert!(
                scalar(
                    &app,
                    &format!("SELECT COUNT(*) FROM offers WHERE work_mode = '{mode}'")
                )
                .await
                    >= 4
            );
        }
        for country in ["FR", "BE", "IT", "ES"] {
            assert!(
                scalar(
                    &app,
                    &format!("SELECT COUNT(*) FROM offers WHERE country = '{country}'")
                )
                .await
                    >= 10
            );
        }
        assert!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM offers WHERE valid_until < CURRENT_DATE"
            )
            .await
                >= 4,
            "a few expired"
        );
        let only_original = scalar(
            &app,
            "SELECT COUNT(*) FROM offers o WHERE (SELECT COUNT(*) FROM offer_translations t WHERE t.offer_id = o.id) = 1",
        )
        .await;
        assert!(only_original >= 4, "some only in their original language");
        assert!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM offers WHERE status = 'published' AND job_profile_id IS NULL"
            )
            .await
                < 30
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM offers o WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM offer_competences c WHERE c.offer_id = o.id)").await,
            0
        );
    }
}

#[tokio::test]
async fn the_search_page_lists_open_offers_and_filters_them() {
    for app in each_db().await {
        let open = scalar(&app, &format!("SELECT COUNT(*) FROM offers WHERE {OPEN}")).await;
        let page = app.ok("/fr/offers").await;
        assert_eq!(page.texts("h1").len(), 1);
        assert!(
            page.texts(".result-count")[0].contains(&open.to_string()),
            "[{}] {:?}",
            app.name,
            page.texts(".result-count")
        );
        assert_eq!(page.texts(".offer-card").len(), 20, "first page");
        let expired = texts(&app, "SELECT slug FROM offers WHERE valid_until < CURRENT_DATE").await;
        for page_no in 1..=4 {
            let page = app.ok(&format!("/fr/offers?page={page_no}")).await;
            for slug in &expired {
                assert!(
                    !page.body.contains(&format!("/fr/offers/{slug}\"")),
                    "expired {slug} listed"
                );
            }
        }
        for (query, sql) in [
            ("kind=training", "kind = 'training'"),
            ("country=it", "country = 'IT'"),
            ("mode=remote", "work_mode = 'remote'"),
            ("city=Lyon", "city = 'Lyon'"),
            ("lang=es", "EXISTS (SELECT 1 FROM offer_translations t WHERE t.offer_id = offers.id AND t.lang = 'es')"),
            ("competence=4.2", "EXISTS (SELECT 1 FROM offer_competences c JOIN competences k ON k.id = c.competence_id WHERE c.offer_id = offers.id AND k.code = '4.2')"),
            ("organisation=conecta-mayores", "organisation_id = (SELECT id FROM organisations WHERE slug = 'conecta-mayores')"),
            ("posted=7", "posted_at >= CURRENT_TIMESTAMP - INTERVAL '7 days'"),
            ("kind=job&mode=hybrid&country=BE", "kind = 'job' AND work_mode = 'hybrid' AND country = 'BE'"),
        ] {
            let sql = if app.name == "sqlite" {
                sql.replace("CURRENT_TIMESTAMP - INTERVAL '7 days'", "datetime('now', '-7 days')")
            } else {
                sql.to_string()
            };
            let expected = scalar(&app, &format!("SELECT COUNT(*) FROM offers WHERE {OPEN} AND {sql}")).await;
            let page = app.ok(&format!("/en/offers?{query}")).await;
            let shown = page.texts(".offer-card").len() as i64;
            assert_eq!(shown, expected.min(20), "[{}] {query}", app.name);
            assert!(expected > 0, "[{}] {query} matches demo offers", app.name);
            assert!(page.texts(".ignored, .notice-warning").is_empty(), "[{}] {query}", app.name);
            // Every filter in use is listed with a link that removes it.
            let removal = page.attrs(".active-filters a.tag", "href");
            assert_eq!(removal.len(), query.split('&').count(), "[{}] {query}: {removal:?}", app.name);
        }
        // Closing soon: the first offer closes no later than the second.
        let page = app.ok("/en/offers?sort=closing").await;
        let first: Vec<String> = page.texts(".offer-card .small");
        assert!(first.len() >= 2 && first[0].contains("closes"));
    }
}

#[tokio::test]
async fn search_ignores_accents_and_case_and_ranks_titles_first() {
    for app in each_db().await {
        for (query, expected) in [
            (
                "educacion",
                "Prácticas en educación digital para personas mayores",
            ),
            (
                "EDUCACIÓN digital",
                "Prácticas en educación digital para personas mayores",
            ),
            ("developpeur python", "Développeur ou développeuse web Python"),
            ("Développeuse", "Développeur ou développeuse web Python"),
        ] {
            let lang = if query.contains("duca") || query.contains("DUCA") {
                "es"
            } else {
                "fr"
            };
            let q: String = form_urlencoded::byte_serialize(query.as_bytes()).collect();
            let page = app.ok(&format!("/{lang}/offers?q={q}")).await;
            let titles = page.texts(".offer-card h2");
            assert!(
                titles.iter().any(|t| t.starts_with(expected)),
                "[{}] {query}: {titles:?}",
                app.name
            );
        }
        // Organisation names and competence labels are searched too.
        let page = app.ok("/en/offers?q=conecta%20mayores").await;
        assert!(!page.texts(".offer-card").is_empty());
        // A word in some titles and in other offers' descriptions: the title matches come first
        // (a title matches by the word's forms in any language: "Dati per il Bene Comune").
        let page = app.ok("/en/offers?q=data").await;
        let titles = page.texts(".offer-card h2");
        let in_title: Vec<bool> = titles
            .iter()
            .map(|t| {
                let t = t.to_lowercase();
                t.contains("data") || t.contains("dati")
            })
            .collect();
        let first_other = in_title.iter().position(|x| !x).unwrap_or(in_title.len());
        assert!(first_other > 0, "[{}] {titles:?}", app.name);
        assert!(
            in_title[first_other..].iter().all(|x| !x),
            "[{}] title matches first: {titles:?}",
            app.name
        );
    }
}

#[tokio::test]
async fn hostile_queries_render_with_a_notice_never_an_error() {
    for app in each_db().await {
        let long = "a".repeat(10_000);
        for query in [
            format!("q={long}"),
            "q=%FF%FE%FD".to_string(),
            "q=%22%2A%28NEAR%27".to_string(),
            "q=\"NEAR(a b)\" OR * -x".replace(' ', "%20").replace('"', "%22"),
            "q=%27%3B%20DROP%20TABLE%20offers%3B%20--".to_string(),
            "q=title:x AND body:y".replace(' ', "%20"),
            "page=-3".to_string(),
            "page=99999999999999999999".to_string(),
            "page=400".to_string(),
            "kind=spaceship&mode=teleport&country=ZZ&competence=9.9&posted=2&sort=random&lang=de".to_string(),
            "city=Atlantis&organisation=no-such-org".to_string(),
        ] {
            let page = app.get(&format!("/en/offers?{query}")).await;
            assert_eq!(
                page.status,
                StatusCode::OK,
                "[{}] {}",
                app.name,
                &query[..query.len().min(80)]
            );
            assert_eq!(page.texts("h1").len(), 1);
            if !query.starts_with("q=%FF")
                && !query.starts_with("q=%22")
                && !query.contains("DROP")
                && !query.contains("NEAR")
                && !query.contains("title")
            {
                assert_eq!(
                    page.texts(".notice-warning").len(),
                    1,
                    "[{}] notice for {}",
                    app.name,
                    &query[..query.len().min(80)]
                );
            }
        }
        assert!(
            scalar(&app, "SELECT COUNT(*) FROM offers").await >= 60,
            "nothing dropped"
        );
    }
}

#[tokio::test]
async fn an_offer_page_shows_every_field_and_closed_offers_say_so() {
    for app in each_db().await {
        let slug = text(&app, &format!("SELECT slug FROM offers WHERE {OPEN} AND apply_url IS NOT NULL AND job_profile_id IS NOT NULL ORDER BY id LIMIT 1")).await;
        let page = app.ok(&format!("/fr/offers/{slug}")).await;
        assert_eq!(page.texts("h1").len(), 1);
        assert!(page.texts(".facts dt").len() >= 5);
        assert_eq!(page.texts("#apply-title").len(), 1);
        assert!(page.attrs("a.button", "href")[0].starts_with("https://"));
        assert_eq!(
            page.attrs("a[href^='/fr/jobs/']", "href").len(),
            1,
            "the related job profile"
        );
        assert_eq!(page.attrs("a[href^='/fr/organisations/']", "href").len(), 1);
        assert!(!page.texts("#competences-title + ul li").is_empty());
        // The posting date, in French words ("12 mars 2026"), as the database holds it.
        let posted = text(
            &app,
            &format!("SELECT CAST(posted_at AS TEXT) FROM offers WHERE slug = '{slug}'"),
        )
        .await;
        let (year, month, day) = (&posted[..4], &posted[5..7], &posted[8..10]);
        let month_name = app::i18n::tr(
            app::i18n::Lang::Fr,
            &format!("month-{}", month.trim_start_matches('0')),
        );
        let expected = app::i18n::tr_args(
            app::i18n::Lang::Fr,
            "date-long",
            &[
                (
                    "day",
                    day.trim_start_matches('0').parse::<i64>().unwrap_or(0).into(),
                ),
                ("month", month_name.into()),
                ("year", year.to_string().into()),
            ],
        );
        assert!(
            page.texts(".facts dd").iter().any(|d| d.contains(&expected)),
            "[{}] the posting date in words, {expected}: {:?}",
            app.name,
            page.texts(".facts dd")
        );

        let closed = text(
            &app,
            "SELECT slug FROM offers WHERE valid_until < CURRENT_DATE ORDER BY id LIMIT 1",
        )
        .await;
        let page = app.ok(&format!("/en/offers/{closed}")).await;
        assert!(page.body.contains("This offer is closed"));
        assert!(
            page.texts("#apply-title").is_empty(),
            "no way to apply to a closed offer"
        );
        assert_eq!(
            app.get("/en/offers/no-such-offer").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(app.get("/en/offers/%00bad").await.status, StatusCode::NOT_FOUND);

        // Only in its original language: the page says so and marks the text.
        let lonely = text(&app, "SELECT o.slug FROM offers o WHERE o.original_lang = 'it' AND (SELECT COUNT(*) FROM offer_translations t WHERE t.offer_id = o.id) = 1 LIMIT 1").await;
        let page = app.ok(&format!("/fr/offers/{lonely}")).await;
        assert_eq!(page.texts(".notice-lang").len(), 1);
        assert_eq!(page.attrs("h1", "lang"), vec!["it"]);
    }
}
