//! The session layer: sessions in the application database, a cookie that is HttpOnly,
//! SameSite=Lax, Secure on HTTPS, and ends after two weeks without a visit.

use app::auth::session_store::DbSessionStore;
use sea_orm::DatabaseConnection;
use tower_sessions::cookie::time::Duration;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// The cookie's name.
pub const COOKIE: &str = app::web::SESSION_COOKIE;

pub fn layer(settings: &crate::Settings, db: DatabaseConnection) -> SessionManagerLayer<DbSessionStore> {
    SessionManagerLayer::new(DbSessionStore::new(db))
        .with_name(COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(settings.secure_cookies)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(Duration::days(i64::from(
            app::legal::model::SESSION_DAYS,
        ))))
}
