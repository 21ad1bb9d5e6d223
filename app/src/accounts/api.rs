//! Server functions of the account pages (their first line is the authorization check).

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the account page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub email: String,
    pub display_name: String,
    pub lang: String,
    pub time_zone: String,
    /// The Fluent key of the shown role.
    pub role_key: String,
    pub email_verified: bool,
    /// ISO date.
    pub member_since: String,
    pub organisations: Vec<String>,
    /// "My webinars" (read here: a page loads its data with one server function).
    pub webinars: crate::webinars::model::MyWebinars,
}

/// The signed-in person's account.
#[server(prefix = "/_server")]
pub async fn account_overview(lang: crate::i18n::Lang) -> Result<AccountSummary, AppError> {
    let viewer = crate::web::context::require_user()?;
    use crate::entities::organisation;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let db = crate::state::db()?;
    let user = crate::accounts::users::find(&db, viewer.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let orgs = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(viewer.organisation_ids.clone()))
        .all(&db)
        .await?;
    let zone = crate::web::context::reader_time_zone(lang);
    let origin = use_context::<crate::state::AppState>()
        .map(|s| s.public_url)
        .unwrap_or_default();
    let webinars = crate::webinars::my_webinars::load(&db, &origin, &user, lang, &zone).await?;
    Ok(AccountSummary {
        webinars,
        email: user.email,
        display_name: user.display_name,
        lang: user.lang,
        time_zone: user.time_zone,
        role_key: viewer.shown_role().label_key(),
        email_verified: user.email_verified_at.is_some(),
        member_since: user.created_at.date_naive().to_string(),
        organisations: orgs.into_iter().map(|o| o.name).collect(),
    })
}

/// Whether a one-time link works now, and for which address.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LinkStatus {
    Valid {
        email: String,
    },
    /// The Fluent key saying why not.
    Unusable {
        key: String,
    },
}

/// Checks a link without using it (`purpose`: verify-email or reset-password).
#[server(prefix = "/_server")]
pub async fn check_link(purpose: String, token: String) -> Result<LinkStatus, AppError> {
    use crate::accounts::links::{check, Purpose};
    let purpose = match purpose.as_str() {
        "verify-email" => Purpose::VerifyEmail,
        "reset-password" => Purpose::ResetPassword,
        _ => return Err(AppError::NotFound),
    };
    let db = crate::state::db()?;
    Ok(match check(&db, purpose, &token).await? {
        Ok(link) => LinkStatus::Valid { email: link.email },
        Err(error) => LinkStatus::Unusable {
            key: error.key().to_string(),
        },
    })
}
