//! Server functions of the account pages (their first line is the authorization check).

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Who the signed-in person is and their settings (the profile page, the overview's top).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountProfile {
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
}

/// What the account overview shows: the profile and a line on each section of the account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub profile: AccountProfile,
    /// Pathways in progress or done, the latest first.
    pub learning: Vec<crate::pathways::model::LearnerProgress>,
    pub saved_offers: u64,
    pub saved_searches: u64,
    /// Saved searches that send an alert.
    pub alerts: u64,
    pub webinars: crate::webinars::model::MyWebinars,
}

#[cfg(feature = "ssr")]
async fn user_of(
    db: &sea_orm::DatabaseConnection,
    viewer: &crate::auth::model::Viewer,
) -> Result<crate::entities::user::Model, AppError> {
    crate::accounts::users::find(db, viewer.id)
        .await?
        .ok_or(AppError::NotFound)
}

#[cfg(feature = "ssr")]
async fn profile_of(
    db: &sea_orm::DatabaseConnection,
    viewer: &crate::auth::model::Viewer,
    user: crate::entities::user::Model,
) -> Result<AccountProfile, AppError> {
    use crate::entities::organisation;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let orgs = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(viewer.organisation_ids.clone()))
        .all(db)
        .await?;
    Ok(AccountProfile {
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

#[cfg(feature = "ssr")]
async fn webinars_of(
    db: &sea_orm::DatabaseConnection,
    user: &crate::entities::user::Model,
    lang: crate::i18n::Lang,
) -> Result<crate::webinars::model::MyWebinars, AppError> {
    let zone = crate::web::context::reader_time_zone(lang);
    let origin = use_context::<crate::state::AppState>()
        .map(|s| s.public_url)
        .unwrap_or_default();
    crate::webinars::my_webinars::load(db, &origin, user, lang, &zone).await
}

/// The signed-in person's account overview.
#[server(prefix = "/_server")]
pub async fn account_overview(lang: crate::i18n::Lang) -> Result<AccountSummary, AppError> {
    use crate::entities::{saved_offer, saved_search};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let viewer = crate::web::context::require_user()?;
    let db = crate::state::db()?;
    let learning = match crate::learners::of_user(&db, viewer.id).await? {
        Some(learner) => crate::pathways::service::progress_of(&db, lang, learner.id).await?,
        None => Vec::new(),
    };
    let searches = saved_search::Entity::find().filter(saved_search::Column::UserId.eq(viewer.id));
    let user = user_of(&db, &viewer).await?;
    let webinars = webinars_of(&db, &user, lang).await?;
    Ok(AccountSummary {
        profile: profile_of(&db, &viewer, user).await?,
        learning,
        saved_offers: saved_offer::Entity::find()
            .filter(saved_offer::Column::UserId.eq(viewer.id))
            .count(&db)
            .await?,
        saved_searches: searches.clone().count(&db).await?,
        alerts: searches
            .filter(saved_search::Column::Alert.eq(true))
            .count(&db)
            .await?,
        webinars,
    })
}

/// The signed-in person's profile and sign-in settings.
#[server(prefix = "/_server")]
pub async fn my_profile() -> Result<AccountProfile, AppError> {
    let viewer = crate::web::context::require_user()?;
    let db = crate::state::db()?;
    let user = user_of(&db, &viewer).await?;
    profile_of(&db, &viewer, user).await
}

/// The signed-in person's webinars.
#[server(prefix = "/_server")]
pub async fn account_webinars(
    lang: crate::i18n::Lang,
) -> Result<crate::webinars::model::MyWebinars, AppError> {
    let viewer = crate::web::context::require_user()?;
    let db = crate::state::db()?;
    let user = user_of(&db, &viewer).await?;
    webinars_of(&db, &user, lang).await
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
