//! Every list's words field on the one engine: the same words find the same items in the same
//! order on a kind's list as on the site-wide search; the ways on when nothing matches ("Did you
//! mean …?", the same words without the filters, the alert); the language filter; hostile
//! queries on every list.

use crate::support::each_db;
use axum::http::StatusCode;

/// (the site-wide search's kind, its list's path segment).
const LISTS: [(&str, &str); 6] = [
    ("pathway", "pathways"),
    ("resource", "resources"),
    ("interview", "interviews"),
    ("job_profile", "jobs"),
    ("organisation", "organisations"),
    ("offer", "offers"),
];

#[tokio::test]
async fn a_list_and_the_site_wide_search_agree() {
    for app in each_db().await {
        let name = app.name;
        for q in ["donnees", "accesibility", "formations", "cooperative"] {
            let site = app.ok(&format!("/fr/search?q={q}")).await;
            for (kind, segment) in LISTS {
                let best = site.attrs(&format!("section[aria-labelledby='found-{kind}'] h3 a"), "href");
                if best.is_empty() {
                    continue;
                }
                let list = app.ok(&format!("/fr/{segment}?q={q}")).await;
                let links: Vec<String> = list
                    .attrs(&format!("main ul.cards a[href^='/fr/{segment}/']"), "href")
                    .into_iter()
                    .fold(Vec::new(), |mut seen, href| {
                        if !seen.contains(&href) {
                            seen.push(href);
                        }
                        seen
                    });
                if kind == "offer" {
                    // The list leaves out closed offers: the open ones keep their order.
                    assert!(!links.is_empty(), "[{name}] {q} {segment}");
                    let at: Vec<usize> = best
                        .iter()
                        .filter_map(|h| links.iter().position(|l| l == h))
                        .collect();
                    assert!(
                        at.windows(2).all(|w| w[0] < w[1]),
                        "[{name}] {q}: {best:?} {links:?}"
                    );
                    continue;
                }
                assert_eq!(
                    &links[..best.len().min(links.len())],
                    &best[..],
                    "[{name}] “{q}”: {segment} in the same order"
                );
            }
        }
        // The programme keeps its date order, and finds what the words find.
        let webinars = app.ok("/en/webinars?q=trainings").await;
        assert!(
            webinars
                .attrs("main a[href^='/en/webinars/']", "href")
                .iter()
                .any(|h| h.ends_with("/disenar-formaciones-digitales-cortas-para-adultos")),
            "[{name}] webinars"
        );
        assert_eq!(
            webinars.attrs("#filter-q", "value"),
            vec!["trainings"],
            "[{name}] kept"
        );
    }
}

#[tokio::test]
async fn nothing_found_is_never_a_dead_end() {
    for app in each_db().await {
        let name = app.name;
        // Two letters wrong in an eight-letter word: not found, but suggested.
        let site = app.ok("/fr/search?q=fomatoin").await;
        let suggestion = site.attrs(".did-you-mean a", "href");
        assert_eq!(suggestion, vec!["/fr/search?q=formation"], "[{name}]");
        assert_eq!(site.texts(".did-you-mean a"), vec!["formation"], "[{name}]");
        let followed = app.ok(&suggestion[0]).await;
        assert!(
            !followed
                .attrs("section.found-group", "aria-labelledby")
                .is_empty(),
            "[{name}]"
        );
        // On a list, with the filters kept in the suggestion, and the alert offered.
        let offers = app.ok("/en/offers?q=fomatoin&kind=training").await;
        assert_eq!(
            offers.attrs(".did-you-mean a", "href"),
            vec!["/en/offers?q=formation&kind=training"],
            "[{name}]"
        );
        assert_eq!(
            offers
                .attrs(".alternatives a[href='#save-this-search']", "href")
                .len(),
            1,
            "[{name}]"
        );
        assert_eq!(
            offers.attrs("#save-this-search a", "href").len(),
            1,
            "[{name}] the sign-in to save it"
        );
        // Filters that empty a search: the same words without them.
        let filtered = app.ok("/en/search?q=python&kind=webinar").await;
        assert_eq!(
            filtered.attrs(".alternatives a", "href"),
            vec!["/en/search?q=python"],
            "[{name}]"
        );
        let resources = app.ok("/en/resources?q=volunteers&licence=cc0").await;
        if resources.texts("main ul.cards li").is_empty() {
            assert_eq!(
                resources.attrs(".alternatives a", "href"),
                vec!["/en/resources?q=volunteers"],
                "[{name}]"
            );
        }
        // Only some of the words found: said so.
        let some = app.ok("/en/jobs?q=developer%20zqxv").await;
        assert!(!some.texts("main ul.cards li").is_empty(), "[{name}]");
        assert_eq!(some.texts(".alternatives p").len(), 1, "[{name}] some words");
        // French words and punctuation.
        let french = app.ok("/fr/search?q=fomatoin").await;
        assert!(french.body.contains("Vouliez-vous dire"), "[{name}]");
    }
}

#[tokio::test]
async fn the_site_wide_search_filters_by_the_language_items_are_written_in() {
    for app in each_db().await {
        let name = app.name;
        let officer = |page: &crate::support::Page| {
            page.attrs("section.found-group h3 a", "href")
                .iter()
                .any(|h| h.ends_with("/jobs/open-data-officer"))
        };
        // The profile is written in English, French and Italian, not in Spanish.
        let any = app
            .ok("/en/search?q=open%20data%20officer&kind=job_profile")
            .await;
        assert!(officer(&any), "[{name}]");
        let italian = app
            .ok("/en/search?q=open%20data%20officer&kind=job_profile&lang=it")
            .await;
        assert!(officer(&italian), "[{name}]");
        let spanish = app
            .ok("/en/search?q=open%20data%20officer&kind=job_profile&lang=es")
            .await;
        assert!(!officer(&spanish), "[{name}]");
        assert_eq!(
            spanish.attrs("#search-lang option[selected]", "value"),
            vec!["es"],
            "[{name}]"
        );
        let bad = app.ok("/en/search?q=data&lang=xx").await;
        assert!(bad.body.contains("ignor"), "[{name}] said so");
    }
}

#[tokio::test]
async fn hostile_words_on_every_list_never_fail() {
    for app in each_db().await {
        let name = app.name;
        let long = "données ".repeat(1_300);
        let long: String = form_urlencoded::byte_serialize(long.as_bytes()).collect();
        for (_, segment) in LISTS.iter().chain(&[("webinar", "webinars")]) {
            for q in [
                long.as_str(),
                "%FF%FE%C3",
                "%22a%22%20OR%20b*%20-c%20title%3Ax%20%5B1%20TO%205%5D%20~2%20%5E3",
                "le%20la%20les%20de%20the%20of",
                "%00%0A%3Cscript%3E",
            ] {
                let page = app.get(&format!("/it/{segment}?q={q}")).await;
                assert_eq!(page.status, StatusCode::OK, "[{name}] {segment} {q:.40}");
                assert!(page.texts("h1").len() == 1, "[{name}] {segment}");
            }
        }
    }
}
