//! `/{lang}/search`: every kind grouped with its count, the best few with the words marked,
//! a link to each kind's list with the same words, the kind filter; hostile queries never fail;
//! the search field is in every page's header.

use crate::support::each_db;
use axum::http::StatusCode;

#[tokio::test]
async fn the_whole_portal_in_one_search() {
    for app in each_db().await {
        let name = app.name;
        let page = app.ok("/fr/search?q=formations").await;
        let groups = page.attrs("section.found-group", "aria-labelledby");
        assert!(groups.len() >= 3, "[{name}] {groups:?}");
        assert!(
            !page.texts("section.found-group mark").is_empty(),
            "[{name}] words marked"
        );
        assert!(
            page.attrs("section.found-group a[href^='/fr/offers?q=formations']", "href")
                .len()
                == 1,
            "[{name}] the offers list with the same words"
        );
        assert!(page.texts("title").join(" ").contains("formations"), "[{name}]");
        // The same words in the singular find the same number.
        let singular = app.ok("/fr/search?q=formation").await;
        assert_eq!(
            page.texts(".result-count"),
            singular.texts(".result-count"),
            "[{name}]"
        );
        // One kind.
        let only = app.ok("/fr/search?q=formations&kind=webinar").await;
        assert_eq!(
            only.attrs("section.found-group", "aria-labelledby"),
            vec!["found-webinar"],
            "[{name}]"
        );
        // A typo still finds.
        let typo = app.ok("/en/search?q=accesibility").await;
        assert!(
            !typo.attrs("section.found-group", "aria-labelledby").is_empty(),
            "[{name}]"
        );
        // Hostile queries: never a 500, never a syntax error.
        let long = "x".repeat(10_000);
        for q in [
            long.as_str(),
            "%FF%FE",
            "formation%22%20AND%20(web%20OR%20NOT%20data)%20*%20~2%20title%3Aweb%20%5Ba%20TO%20z%5D",
            "le%20la%20les%20de",
            "",
        ] {
            let found = app.get(&format!("/fr/search?q={q}")).await;
            assert_eq!(found.status, StatusCode::OK, "[{name}] {q:.40}");
        }
        let bad_kind = app.ok("/fr/search?q=web&kind=nope").await;
        assert!(bad_kind.body.contains("ignor"), "[{name}] said so");
        // The header's search field, on every page.
        let home = app.ok("/it/").await;
        assert_eq!(
            home.attrs("header form[role=search]", "action"),
            vec!["/it/search"],
            "[{name}]"
        );
    }
}
