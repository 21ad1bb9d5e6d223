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
    super::service::list(&db, lang, &query, &zone).await
}

/// One published webinar by slug, in the reader's zone.
#[server(prefix = "/_server")]
pub async fn get_webinar(lang: Lang, slug: String) -> Result<WebinarDetail, AppError> {
    let db = crate::state::db()?;
    let zone = crate::web::context::reader_time_zone(lang);
    let from_account = crate::web::context::current_viewer().is_some();
    super::service::detail(&db, lang, &slug, &zone, from_account).await
}
