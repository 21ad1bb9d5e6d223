//! The demo content, loading it once, and lists in a fixed number of queries.

use crate::support::each_db;
use app::entities::{
    competence, competence_area, framework_translation, interview, job_profile, organisation,
    proficiency_level,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::db;

#[tokio::test]
async fn demo_content_is_complete() {
    for app in each_db().await {
        let orgs = organisation::Entity::find()
            .all(&app.db)
            .await
            .unwrap_or_default();
        assert!(orgs.len() >= 10);
        for country in ["FR", "BE", "IT", "ES"] {
            assert!(orgs.iter().any(|o| o.country == country), "{country}");
        }
        assert_eq!(job_profile::Entity::find().count(&app.db).await.unwrap_or(0), 12);
        assert_eq!(interview::Entity::find().count(&app.db).await.unwrap_or(0), 12);
        assert_eq!(
            competence_area::Entity::find().count(&app.db).await.unwrap_or(0),
            5
        );
        assert_eq!(competence::Entity::find().count(&app.db).await.unwrap_or(0), 21);
        assert_eq!(
            proficiency_level::Entity::find()
                .count(&app.db)
                .await
                .unwrap_or(0),
            8
        );
        for lang in ["en", "fr", "es", "it"] {
            let labels = framework_translation::Entity::find()
                .filter(framework_translation::Column::Lang.eq(lang))
                .count(&app.db)
                .await
                .unwrap_or(0);
            // framework + 4 bands + 8 levels + 5 areas + 21 competences, and the
            // self-assessment's statements (21 competences × 4 bands)
            assert_eq!(labels, 39 + 84, "DigComp labels in {lang}");
        }
    }
}

#[tokio::test]
async fn a_second_start_never_reloads_nor_loses_data() {
    for app in each_db().await {
        app.exec("UPDATE organisations SET name = 'Renamed by an editor' WHERE slug = 'conecta-mayores'")
            .await;
        app.exec("DELETE FROM interviews WHERE slug = 'thomas-renard-crm-fundraising'")
            .await;
        db::prepare(&app.db, true).await.unwrap_or_else(|e| panic!("{e}"));
        db::prepare(&app.db, true).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(organisation::Entity::find().count(&app.db).await.unwrap_or(0), 12);
        assert_eq!(interview::Entity::find().count(&app.db).await.unwrap_or(0), 11);
        let renamed = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq("conecta-mayores"))
            .one(&app.db)
            .await
            .ok()
            .flatten()
            .map(|o| o.name);
        assert_eq!(renamed.as_deref(), Some("Renamed by an editor"));
    }
}

/// Adds organisations `0..n`, each with a translation and an interview with a translation.
async fn grow(app: &crate::support::TestApp, n: usize) {
    for i in 0..n {
        grow_one(app, i).await;
    }
}

#[tokio::test]
async fn lists_load_in_a_fixed_number_of_queries() {
    for app in each_db().await {
        let pages = [
            "/en/organisations",
            "/en/interviews",
            "/en/jobs",
            "/en/",
            "/en/jobs/civic-tech-developer",
            "/en/organisations/extra-3",
        ];
        grow(&app, 4).await;
        // Warm up once: a fresh pool may run set-up statements of its own.
        for uri in pages {
            app.get(uri).await;
        }
        let mut before = Vec::new();
        for uri in pages {
            let (n, page) = app.count_queries(app.get(uri)).await;
            assert!(page.status.is_success(), "{uri}");
            before.push(n);
        }
        grow_more(&app).await;
        for (uri, expected) in pages.iter().zip(before) {
            let (n, page) = app.count_queries(app.get(uri)).await;
            assert!(page.status.is_success(), "{uri}");
            assert_eq!(
                n, expected,
                "[{}] {uri}: {expected} queries with few items, {n} with many",
                app.name
            );
        }
    }
}

async fn grow_more(app: &crate::support::TestApp) {
    for i in 4..40 {
        grow_one(app, i).await;
    }
}

/// One more organisation `extra-{i}` with a French description, and an interview of someone
/// working there, with a French text.
async fn grow_one(app: &crate::support::TestApp, i: usize) {
    app.exec(&format!(
        "INSERT INTO organisations (slug, name, kind, country, city, website, verified, original_lang, status, created_at) \
         VALUES ('extra-{i}', 'Extra {i}', 'association', 'FR', 'Lille', NULL, false, 'fr', 'published', '2026-01-01T00:00:00Z')"
    ))
    .await;
    app.exec(&format!(
        "INSERT INTO organisation_translations (organisation_id, lang, description) \
         SELECT id, 'fr', 'Une association de plus.' FROM organisations WHERE slug = 'extra-{i}'"
    ))
    .await;
    app.exec(&format!(
        "INSERT INTO interviews (slug, person_name, organisation_id, job_profile_id, country, original_lang, status, published_on, created_at) \
         SELECT 'extra-interview-{i}', 'Person {i}', o.id, j.id, 'FR', 'fr', 'published', '2026-02-02', '2026-01-01T00:00:00Z' \
         FROM organisations o, job_profiles j WHERE o.slug = 'extra-{i}' AND j.slug = 'civic-tech-developer'"
    ))
    .await;
    app.exec(&format!(
        "INSERT INTO interview_translations (interview_id, lang, role, title, quote, body_md) \
         SELECT id, 'fr', 'Rôle', 'Titre {i}', 'Citation', 'Texte' FROM interviews WHERE slug = 'extra-interview-{i}'"
    ))
    .await;
}

#[tokio::test]
async fn migrations_go_down_and_up_again() {
    use migration::{Migrator, MigratorTrait};
    for app in each_db().await {
        Migrator::down(&app.db, None)
            .await
            .unwrap_or_else(|e| panic!("[{}] down: {e}", app.name));
        Migrator::up(&app.db, None)
            .await
            .unwrap_or_else(|e| panic!("[{}] up: {e}", app.name));
        db::prepare(&app.db, true)
            .await
            .unwrap_or_else(|e| panic!("[{}] reload: {e}", app.name));
        assert_eq!(organisation::Entity::find().count(&app.db).await.unwrap_or(0), 12);
    }
}
