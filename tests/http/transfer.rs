//! Backups, restores, exports and imports: a running site backed up and restored elsewhere
//! with every row, file and badge; SQLite → PostgreSQL → SQLite with the same counts and
//! content hash; and what they refuse, leaving nothing half-loaded.

use crate::pathways_journey::{finish, SLUG};
use crate::support::{location, sqlite, EmptyDb, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use server::transfer::{backup, dump, load, manifest, tables};
use std::collections::BTreeMap;

/// Rows per table.
async fn counts(db: &sea_orm::DatabaseConnection) -> BTreeMap<&'static str, i64> {
    use sea_orm::{ConnectionTrait, Statement};
    let mut out = BTreeMap::new();
    for table in tables::all().unwrap_or_else(|e| panic!("{e}")) {
        let sql = format!("SELECT COUNT(*) AS n FROM {}", table.name);
        let row = db
            .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no count"));
        out.insert(
            table.name,
            row.try_get::<i64>("", "n").unwrap_or_else(|e| panic!("{e}")),
        );
    }
    out
}

async fn bytes_at(router: tower_http::normalize_path::NormalizePath<axum::Router>, uri: &str) -> Vec<u8> {
    let page = TestApp::send_to(
        router,
        Request::get(uri)
            .body(Body::empty())
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{uri}");
    page.bytes
}

#[tokio::test]
async fn a_backup_of_a_running_site_restores_elsewhere_with_every_row_file_and_badge() {
    let app = sqlite().await;
    // Something of everything: a learner's badge, an organisation's logo.
    let mut learner = app.client();
    finish(&app, &mut learner, SLUG).await;
    let claimed = learner
        .submit(
            &format!("/en/pathways/{SLUG}"),
            &format!("/en/pathways/{SLUG}/badge"),
            &[("name", "Ada Lovelace")],
        )
        .await;
    let badge_page = location(&claimed);
    crate::pictures::give_logo(&app, "conecta-mayores").await;
    let organisation = app.ok("/en/organisations/conecta-mayores").await;
    let logo = organisation
        .attrs(".page-head picture img", "src")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("a logo"));
    let resource_file = {
        let list = app.ok("/en/resources").await;
        let mut found = None;
        for href in list.attrs("main a[href^='/en/resources/']", "href") {
            let page = app.get(&href).await;
            if let Some(file) = page.attrs("a[href$='/file']", "href").into_iter().next() {
                found = Some(file);
                break;
            }
        }
        found.unwrap_or_else(|| panic!("a demo resource with a file"))
    };

    // The backup is taken while the site answers requests.
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = folder.path().join("site-backup.db");
    let router = app.router();
    let busy = tokio::spawn(async move {
        for _ in 0..10 {
            TestApp::send_to(
                router.clone(),
                Request::get("/en/offers?q=data")
                    .body(Body::empty())
                    .unwrap_or_default(),
            )
            .await;
        }
    });
    backup::backup(&app.db, &file)
        .await
        .unwrap_or_else(|e| panic!("backup: {e}"));
    busy.await.unwrap_or_else(|e| panic!("{e}"));
    let again = backup::backup(&app.db, &file).await;
    assert!(again.is_err_and(|e| e.to_string().contains("never overwrites")));

    let saved = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", file.display()))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let expected = counts(&saved).await;
    assert!(
        expected["badges"] >= 1 && expected["pictures"] >= 6,
        "{expected:?}"
    );

    for target in EmptyDb::each().await {
        let rows = backup::restore(&target.db, &file)
            .await
            .unwrap_or_else(|e| panic!("[{}] restore: {e}", target.name));
        assert_eq!(rows as i64, expected.values().sum::<i64>(), "[{}]", target.name);
        assert_eq!(counts(&target.db).await, expected, "[{}] every row", target.name);
        let restored = target.router(&app);
        assert_eq!(
            bytes_at(restored.clone(), &logo).await,
            bytes_at(app.router(), &logo).await,
            "[{}] the logo",
            target.name
        );
        assert_eq!(
            bytes_at(restored.clone(), &resource_file).await,
            bytes_at(app.router(), &resource_file).await,
            "[{}] the resource's file",
            target.name
        );
        let badge = TestApp::send_to(
            restored.clone(),
            Request::get(&badge_page).body(Body::empty()).unwrap_or_default(),
        )
        .await;
        assert_eq!(badge.status, StatusCode::OK, "[{}]", target.name);
        assert!(
            badge.body.contains("this badge is genuine"),
            "[{}] still valid: {}",
            target.name,
            badge.body
        );
        let again = backup::restore(&target.db, &file).await;
        assert!(
            again.is_err_and(|e| e.to_string().contains("not empty")),
            "[{}]",
            target.name
        );
    }
}

#[tokio::test]
async fn an_export_goes_from_sqlite_to_postgresql_and_back_with_the_same_content() {
    let app = sqlite().await;
    // Twelve pictures: a table of files is read a few rows at a time, over several pages.
    crate::pictures::give_logo(&app, "conecta-mayores").await;
    crate::pictures::give_logo(&app, "bitsociale-cooperativa").await;
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let first = dump::export(&app.db, &folder.path().join("from-sqlite"))
        .await
        .unwrap_or_else(|e| panic!("export: {e}"));
    assert_eq!(first.source, "sqlite");
    assert_eq!(first.schema, manifest::current_schema());
    let pictures = first.tables.iter().find(|t| t.name == "pictures").map(|t| t.rows);
    assert_eq!(pictures, Some(12));
    let total: u64 = first.tables.iter().map(|t| t.rows).sum();
    assert!(total > 500, "the demo content: {total} rows");

    let mut previous = (first.clone(), folder.path().join("from-sqlite"));
    let mut hops = Vec::new();
    if let Some(pg) = EmptyDb::postgres().await {
        hops.push(pg);
    }
    hops.push(EmptyDb::sqlite().await);
    for (n, target) in hops.iter().enumerate() {
        let imported = load::import(&target.db, &previous.1)
            .await
            .unwrap_or_else(|e| panic!("[{}] import: {e}", target.name));
        assert_eq!(imported.content_hash, first.content_hash);
        let dir = folder.path().join(format!("hop-{n}"));
        let again = dump::export(&target.db, &dir)
            .await
            .unwrap_or_else(|e| panic!("[{}] export: {e}", target.name));
        let rows = |m: &manifest::Manifest| {
            m.tables
                .iter()
                .map(|t| (t.name.clone(), t.rows))
                .collect::<Vec<_>>()
        };
        assert_eq!(rows(&again), rows(&first), "[{}] the row counts", target.name);
        for (a, b) in again.tables.iter().zip(&first.tables) {
            assert_eq!(a.sha256, b.sha256, "[{}] the content of {}", target.name, a.name);
        }
        assert_eq!(again.content_hash, first.content_hash, "[{}]", target.name);

        // The site runs on what was imported, and new rows get new ids.
        let router = target.router(&app);
        let offers = TestApp::send_to(
            router.clone(),
            Request::get("/fr/offers").body(Body::empty()).unwrap_or_default(),
        )
        .await;
        assert_eq!(offers.status, StatusCode::OK, "[{}]", target.name);
        use sea_orm::ActiveModelTrait;
        let entry = crate::sql::audit_entry(chrono::Utc::now())
            .insert(&target.db)
            .await
            .unwrap_or_else(|e| panic!("[{}] a new row after the import: {e}", target.name));
        assert!(i64::from(entry.id) > counts(&target.db).await["audit_log"] - 1);
        previous = (again, dir);
    }
}

#[tokio::test]
async fn imports_refuse_what_they_cannot_load_and_leave_nothing_behind() {
    let app = sqlite().await;
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let export = folder.path().join("export");
    dump::export(&app.db, &export)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let refused = |result: Result<manifest::Manifest, server::transfer::TransferError>| match result {
        Ok(_) => panic!("loaded"),
        Err(error) => error.to_string(),
    };

    // Into a database that holds a site already.
    let message = refused(load::import(&app.db, &export).await);
    assert!(message.contains("not empty"), "{message}");

    // Into a folder already used; from a folder that is not an export.
    let message = dump::export(&app.db, &export)
        .await
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(message.contains("not empty"), "{message}");
    let target = EmptyDb::sqlite().await;
    let message = refused(load::import(&target.db, folder.path()).await);
    assert!(message.contains("manifest.json"), "{message}");

    let copy = |name: &str| {
        let dir = folder.path().join(name);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        for entry in std::fs::read_dir(&export)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
        {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap_or_else(|e| panic!("{e}"));
        }
        dir
    };
    // A file changed after the export.
    let changed = copy("changed");
    let users = changed.join("users.jsonl");
    let text = std::fs::read_to_string(&users).unwrap_or_default();
    std::fs::write(&users, text.replacen("example.org", "example.com", 1)).unwrap_or_else(|e| panic!("{e}"));
    let message = refused(load::import(&target.db, &changed).await);
    assert!(
        message.contains("users.jsonl") && message.contains("checksum"),
        "{message}"
    );

    // Another version's export.
    let other = copy("other-version");
    let path = other.join(manifest::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(
        &path,
        text.replace(&manifest::current_schema(), "m20990101_000001_future"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let message = refused(load::import(&target.db, &other).await);
    assert!(message.contains("another version"), "{message}");

    // A line that is not JSON (with its checksum made right): nothing of the import stays.
    let broken = copy("broken");
    let offers = broken.join("offers.jsonl");
    let mut text = std::fs::read_to_string(&offers).unwrap_or_default();
    text.push_str("{\"id\": 1, oops\n");
    std::fs::write(&offers, &text).unwrap_or_else(|e| panic!("{e}"));
    let path = broken.join(manifest::FILE);
    let mut written: manifest::Manifest =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"));
    for table in &mut written.tables {
        if table.name == "offers" {
            use sha2::Digest;
            table.sha256 = manifest::hex(&sha2::Sha256::digest(text.as_bytes()));
        }
    }
    std::fs::write(&path, serde_json::to_string(&written).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}"));
    let lines = text.lines().count();
    let message = refused(load::import(&target.db, &broken).await);
    assert!(
        message.contains(&format!("offers.jsonl line {lines}")),
        "{message}"
    );
    assert!(
        counts(&target.db).await.values().all(|n| *n == 0),
        "nothing half-imported"
    );

    // Backups: a folder that does not exist, and PostgreSQL's own tool.
    let message = backup::backup(&app.db, std::path::Path::new("/no/such/folder/site.db"))
        .await
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(message.contains("does not exist"), "{message}");
    if let Some(pg) = EmptyDb::postgres().await {
        let message = backup::backup(&pg.db, &folder.path().join("pg.db"))
            .await
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(message.contains("pg_dump"), "{message}");
    }
}

#[tokio::test]
async fn the_commands_exit_non_zero_with_a_clear_message() {
    let app = sqlite().await;
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = app.settings().database_url.clone();
    let run = |args: &[&str], database_url: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .env("DATABASE_URL", database_url)
            .env("DEMO_CONTENT", "false")
            .env("RUST_LOG", "error")
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let export = folder.path().join("export");
    let done = run(&["export", &export.display().to_string()], &url);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    assert!(String::from_utf8_lossy(&done.stdout).contains("content hash"));

    let refused = run(&["import", &export.display().to_string()], &url);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not empty"));

    let new_site = format!("sqlite://{}?mode=rwc", folder.path().join("new.db").display());
    let imported = run(&["import", &export.display().to_string()], &new_site);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );

    let unwritable = run(&["backup", "/no/such/folder/site.db"], &url);
    assert_eq!(unwritable.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unwritable.stderr).contains("does not exist"));
    let typo = run(
        &["export", "/tmp/never-written"],
        "sqlite://no/such/site.db?mode=rwc",
    );
    assert_eq!(typo.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&typo.stderr).contains("does not exist"));
    assert!(
        !std::path::Path::new("no/such/site.db").exists(),
        "no empty database made"
    );
    let usage = run(&["export"], &url);
    assert_eq!(usage.status.code(), Some(2), "a missing folder is a usage error");
}

#[tokio::test]
async fn a_postgresql_site_moves_to_sqlite_with_the_same_content() {
    let Some(app) = crate::support::postgres().await else {
        assert!(
            !std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1"),
            "REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
        );
        return;
    };
    crate::pictures::give_logo(&app, "conecta-mayores").await;
    let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let exported = dump::export(&app.db, &folder.path().join("from-postgres"))
        .await
        .unwrap_or_else(|e| panic!("export: {e}"));
    assert_eq!(exported.source, "postgres");
    let target = EmptyDb::sqlite().await;
    load::import(&target.db, &folder.path().join("from-postgres"))
        .await
        .unwrap_or_else(|e| panic!("import: {e}"));
    let again = dump::export(&target.db, &folder.path().join("from-sqlite"))
        .await
        .unwrap_or_else(|e| panic!("export: {e}"));
    assert_eq!(again.tables, exported.tables, "every table's rows and checksum");
    assert_eq!(again.content_hash, exported.content_hash);
    assert_eq!(counts(&target.db).await, counts(&app.db).await);
}
