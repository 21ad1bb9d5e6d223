//! Server functions of the webinar pages.

use super::model::{WebinarDetail, WebinarListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The programme for `query` (the raw query string of the page), in the reader's zone.
#[server(prefix = "/_server")]
pub async fn list_webinars(lang: Lang, query: String) -> Result<WebinarListPage, AppError> {
    let db = crate::state::db()?;
    let zone = crate::web::context::reader_time_zone(lang);
    super::service::list(&db, &crate::state::site_search(), lang, &query, &zone).await
}

/// One published webinar by slug, in the reader's zone.
#[server(prefix = "/_server")]
pub async fn get_webinar(lang: Lang, slug: String) -> Result<WebinarDetail, AppError> {
    let db = crate::state::db()?;
    let zone = crate::web::context::reader_time_zone(lang);
    let viewer = crate::web::context::current_viewer();
    let mut detail = super::service::detail(&db, lang, &slug, &zone, viewer.is_some()).await?;
    if let Some(viewer) = viewer {
        let holder = super::registration_view::Holder {
            user_id: viewer.id,
            email: &viewer.email,
            verified: viewer.email_verified,
        };
        detail.mine = super::registration_view::mine(&db, &slug, holder).await?;
    }
    Ok(detail)
}

/// Registration `token`'s personal page; opening it confirms a registration made with an
/// e-mail address (double opt-in).
#[server(prefix = "/_server")]
pub async fn registration_page(
    lang: Lang,
    token: String,
) -> Result<super::model::RegistrationPage, AppError> {
    let db = crate::state::db()?;
    let zone = crate::web::context::reader_time_zone(lang);
    let origin = use_context::<crate::state::AppState>()
        .map(|s| s.public_url)
        .unwrap_or_default();
    super::registration_view::page(&db, &origin, lang, &token, &zone).await
}
