//! Server functions of the organisation pages.

use super::model::{OrganisationDetail, OrganisationListPage};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The directory for `query` (the raw query string of the page).
#[server(prefix = "/_server")]
pub async fn list_organisations(lang: Lang, query: String) -> Result<OrganisationListPage, AppError> {
    let db = crate::state::db()?;
    super::service::list(&db, &crate::state::site_search(), lang, &query).await
}

/// One organisation by slug, with its interviews and open offers (each from its feature).
#[server(prefix = "/_server")]
pub async fn get_organisation(lang: Lang, slug: String) -> Result<OrganisationDetail, AppError> {
    let db = crate::state::db()?;
    let (mut organisation, id) = super::service::detail(&db, lang, &slug).await?;
    organisation.interviews = crate::interviews::service::for_organisation(&db, lang, id).await?;
    organisation.offers = crate::offers::cards::open_offers_of(&db, lang, Some(id), None).await?;
    let zone = crate::web::context::reader_time_zone(lang);
    organisation.webinars = crate::webinars::related::next(
        &db,
        lang,
        &zone,
        crate::webinars::related::RelatedTo::Organisation(id),
        3,
    )
    .await?;
    Ok(organisation)
}
