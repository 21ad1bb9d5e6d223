//! The relevance test set (`tests/relevance/cases.json`): queries in the four languages, typed as
//! people type them (plurals, feminine forms, no accents, typos, capitals), with the items each
//! must find and the order of the first few, checked on the engine and on the kind's own list
//! page (the same words find the same things everywhere), on both databases.

use crate::support::each_db;
use app::search::documents::of_kind;
use app::search::index::Kind;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct Case {
    lang: String,
    query: String,
    kind: String,
    /// The first results, in this order.
    #[serde(default)]
    first: Vec<String>,
    /// Items found, in any order.
    #[serde(default)]
    finds: Vec<String>,
    why: String,
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("../relevance/cases.json"))
        .unwrap_or_else(|e| panic!("tests/relevance/cases.json: {e}"))
}

#[test]
fn the_set_covers_the_four_languages() {
    let cases = cases();
    for lang in ["en", "fr", "es", "it"] {
        assert!(cases.iter().filter(|c| c.lang == lang).count() >= 4, "{lang}");
    }
    assert!(cases.iter().all(|c| !c.first.is_empty() || !c.finds.is_empty()));
}

#[tokio::test]
async fn each_query_finds_its_items_in_order() {
    for app in each_db().await {
        let name = app.name;
        let search = app.state().offer_search.text;
        let mut slugs: HashMap<(Kind, i32), String> = HashMap::new();
        for kind in Kind::ALL {
            for doc in of_kind(&app.db, kind, None).await.unwrap_or_default() {
                slugs.insert((kind, doc.id), doc.slug);
            }
        }
        for case in cases() {
            let kind = Kind::parse(&case.kind).unwrap_or_else(|| panic!("kind {}", case.kind));
            let hits = search
                .search(&app.db, &case.query, &[kind])
                .await
                .unwrap_or_default();
            let found: Vec<&str> = hits
                .iter()
                .filter_map(|h| slugs.get(&(h.kind, h.id)).map(String::as_str))
                .collect();
            let context = format!(
                "[{name}] {} “{}” ({}): {found:?}",
                case.lang, case.query, case.why
            );
            assert_eq!(
                &found[..case.first.len().min(found.len())],
                &case.first[..],
                "{context}"
            );
            for slug in &case.finds {
                assert!(found.contains(&slug.as_str()), "{context} misses {slug}");
            }
            // The kind's own list finds them too, for a reader of that language.
            let segment = match kind {
                Kind::JobProfile => "jobs",
                other => other.content().segment(),
            };
            let q: String = form_urlencoded::byte_serialize(case.query.as_bytes()).collect();
            let page = app.ok(&format!("/{}/{segment}?q={q}", case.lang)).await;
            let links = page.attrs(&format!("main a[href^='/{}/{segment}/']", case.lang), "href");
            for slug in case.first.iter().chain(&case.finds) {
                assert!(
                    links.iter().any(|l| l.ends_with(&format!("/{slug}"))),
                    "{context}: the list page misses {slug}: {links:?}"
                );
            }
        }
    }
}
