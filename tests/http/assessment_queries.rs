//! The suggestions page and the gap box load in a fixed number of queries whatever the number
//! of offers: counted with 64 open offers, then with 1,000.

use crate::assessment::{assess, OFFER};
use crate::sql::scalar;
use crate::support::TestApp;

const OPEN: &str = "SELECT COUNT(*) FROM offers WHERE status = 'published' \
     AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)";

/// Opens every published offer, then closes those after the first `n` (by id).
async fn keep_open(app: &TestApp, n: i64) {
    app.exec("UPDATE offers SET valid_until = NULL WHERE status = 'published'")
        .await;
    app.exec(&format!(
        "UPDATE offers SET valid_until = '2020-01-01' WHERE id IN (SELECT id FROM offers \
         WHERE status = 'published' AND (valid_until IS NULL OR valid_until >= CURRENT_DATE) \
         AND slug <> '{OFFER}' ORDER BY id LIMIT 1000 OFFSET {})",
        n - 1
    ))
    .await;
}

/// Adds `n` open offers like `OFFER`, each with its text and competences.
async fn add_offers(app: &TestApp, n: i64) {
    app.exec(&format!(
        "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {n}) \
         INSERT INTO offers (slug, kind, organisation_id, job_profile_id, city, country, work_mode, \
         contract, original_lang, starts_on, valid_until, apply_url, apply_email, status, version, \
         posted_at, created_by) \
         SELECT 'bulk-' || CAST(seq.i AS TEXT), o.kind, o.organisation_id, o.job_profile_id, o.city, \
         o.country, o.work_mode, o.contract, o.original_lang, o.starts_on, NULL, o.apply_url, \
         o.apply_email, o.status, o.version, o.posted_at, o.created_by \
         FROM seq, offers o WHERE o.slug = '{OFFER}'"
    ))
    .await;
    app.exec(
        "INSERT INTO offer_translations (offer_id, lang, title, description_md, how_to_apply) \
         SELECT b.id, t.lang, t.title, t.description_md, t.how_to_apply FROM offers b, offers o \
         JOIN offer_translations t ON t.offer_id = o.id \
         WHERE b.slug LIKE 'bulk-%' AND o.slug = 'fr-stage-ouverture-donnees-subventions-paris'",
    )
    .await;
    app.exec(
        "INSERT INTO offer_competences (offer_id, competence_id, level) \
         SELECT b.id, c.competence_id, c.level FROM offers b, offers o \
         JOIN offer_competences c ON c.offer_id = o.id \
         WHERE b.slug LIKE 'bulk-%' AND o.slug = 'fr-stage-ouverture-donnees-subventions-paris'",
    )
    .await;
}

#[tokio::test]
async fn suggestions_and_gap_boxes_take_the_same_queries_with_64_or_1000_offers() {
    for app in crate::support::each_db().await {
        let name = app.name;
        let mut client = app.client();
        assess(&mut client, "3").await;
        let pages = [
            "/en/assessment/results".to_string(),
            format!("/en/offers/{OFFER}"),
            "/en/jobs/nonprofit-data-analyst".to_string(),
        ];
        keep_open(&app, 64).await;
        assert_eq!(scalar(&app, OPEN).await, 64, "[{name}]");
        for uri in &pages {
            client.ok_page(uri).await;
        }
        let mut before = Vec::new();
        for uri in &pages {
            let (n, page) = app.count_queries(client.get(uri)).await;
            assert!(page.status.is_success(), "[{name}] {uri}");
            before.push(n);
        }
        add_offers(&app, 936).await;
        assert_eq!(scalar(&app, OPEN).await, 1000, "[{name}]");
        let results = client.ok_page("/en/assessment/results").await;
        assert!(
            results.texts(".fit-why").len() <= 20,
            "[{name}] a page, not everything"
        );
        for (uri, expected) in pages.iter().zip(before) {
            let (n, page) = app.count_queries(client.get(uri)).await;
            assert!(page.status.is_success(), "[{name}] {uri}");
            assert_eq!(
                n, expected,
                "[{name}] {uri}: {expected} queries with 64 offers, {n} with 1,000"
            );
        }
    }
}
