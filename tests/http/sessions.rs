//! The database session store, on SQLite and PostgreSQL.

use crate::support::each_db;
use app::auth::session_store::DbSessionStore;
use std::collections::HashMap;
use tower_sessions::cookie::time::{Duration, OffsetDateTime};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::SessionStore;

fn record(data: &[(&str, serde_json::Value)], expires_in: Duration) -> Record {
    Record {
        id: Id::default(),
        data: data
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<HashMap<_, _>>(),
        expiry_date: OffsetDateTime::now_utc() + expires_in,
    }
}

#[tokio::test]
async fn sessions_round_trip_expire_and_delete() {
    for app in each_db().await {
        let store = DbSessionStore::new(app.db.clone());
        let mut live = record(
            &[("progress", serde_json::json!({"pathway": 3}))],
            Duration::hours(1),
        );
        store
            .create(&mut live)
            .await
            .unwrap_or_else(|e| panic!("[{}] create: {e}", app.name));
        let loaded = store.load(&live.id).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            loaded.as_ref().map(|r| &r.data),
            Some(&live.data),
            "[{}]",
            app.name
        );

        live.data.insert("lang".into(), serde_json::json!("fr"));
        store
            .save(&live)
            .await
            .unwrap_or_else(|e| panic!("[{}] save: {e}", app.name));
        let loaded = store.load(&live.id).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.map(|r| r.data.len()), Some(2));

        let mut expired = record(&[], Duration::seconds(-5));
        store.create(&mut expired).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(store
            .load(&expired.id)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none());
        assert_eq!(store.delete_expired().await.unwrap_or_else(|e| panic!("{e}")), 1);

        store.delete(&live.id).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(store
            .load(&live.id)
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none());
    }
}
