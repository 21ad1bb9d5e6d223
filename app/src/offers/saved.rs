//! Saved offers and saved searches of signed-in people, and the forms that change them. A
//! visitor who is not signed in is asked to sign in first, and what they started is finished
//! once they have (`web::pending`).

use super::codes::{SAVE_OFFER, SAVE_SEARCH};
use super::saving::{canonical_query, keep_offer, keep_search, published};
pub use super::saving::{RESUME_SAVE_OFFER, RESUME_SAVE_SEARCH};
use crate::entities::{saved_offer, saved_search};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Checked, Submission};
use crate::web::pending::{sign_in_first, Pending};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use validator::Validate;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/offers", post(save_search))
        .route("/{lang}/offers/{slug}", post(save_offer))
        .route("/{lang}/account/saved", post(manage))
        .route("/{lang}/offers/alerts/unsubscribe/{token}", post(unsubscribe))
}

#[derive(Deserialize)]
struct OfferPath {
    slug: String,
}

/// The forms of an offer's page.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum OfferAction {
    Save,
    Unsave,
}

async fn save_offer(
    State(state): State<AppState>,
    Path(OfferPath { slug }): Path<OfferPath>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let offer = published(&state.db, &slug).await?;
    let Some(action) = form.action::<OfferAction>() else {
        return Ok(form.back().await);
    };
    let Some(viewer) = context.viewer else {
        let pending = Pending {
            action: SAVE_OFFER.into(),
            path: form.path.clone(),
            fields: Vec::new(),
            purpose: "offers-sign-in-to-save".into(),
        };
        return sign_in_first(&form.session, form.lang, &form.path, pending).await;
    };
    let message = match action {
        OfferAction::Save => {
            keep_offer(&state.db, viewer.id, offer.id).await?;
            Message::new("offers-notice-saved").linking(Route::Saved.at(form.lang), "offers-notice-see-saved")
        }
        OfferAction::Unsave => {
            saved_offer::Entity::delete_by_id((viewer.id, offer.id))
                .exec(&state.db)
                .await?;
            Message::new("offers-notice-unsaved")
        }
    };
    Ok(done(&form.session, &form.path, message).await)
}

/// The form under the search results.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum SearchAction {
    SaveSearch,
}

async fn save_search(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    mut form: Submission,
) -> Result<Response, AppError> {
    let query = canonical_query(form.raw("query"));
    let back = Route::OffersQuery(&query).at(form.lang);
    form.path = back.clone();
    if form.action::<SearchAction>().is_none() {
        return Ok(form.back().await);
    }
    let alert = form.raw("alert") == "on";
    let Some(viewer) = context.viewer else {
        let pending = Pending {
            action: SAVE_SEARCH.into(),
            path: Route::Offers.at(form.lang),
            fields: vec![
                ("query".into(), query),
                ("alert".into(), if alert { "on" } else { "" }.into()),
            ],
            purpose: "offers-sign-in-to-save-search".into(),
        };
        // Back to the same search after signing in.
        return sign_in_first(&form.session, form.lang, &back, pending).await;
    };
    let key = keep_search(&state.db, &viewer, &query, form.lang.code(), alert).await?;
    Ok(done(&form.session, &back, Message::new(key)).await)
}

/// The forms of `/{lang}/account/saved`.
#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum ManageAction {
    RemoveOffer,
    RemoveSearch,
    AlertOn,
    AlertOff,
}

/// One saved offer or search, and what to do with it.
#[derive(Deserialize, Validate)]
struct ManageForm {
    action: ManageAction,
    /// A saved offer's offer id, or a saved search's id.
    id: i32,
}

/// The forms of `/{lang}/account/saved`: remove an offer or a search, switch an alert. Only
/// the person's own rows are touched (every statement filters on their id).
async fn manage(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Checked { value, form }: Checked<ManageForm>,
) -> Result<Response, AppError> {
    let viewer = context.viewer.ok_or(AppError::Forbidden)?;
    let (action, id) = (value.action, value.id);
    let db = &state.db;
    let key = match action {
        ManageAction::RemoveOffer => {
            saved_offer::Entity::delete_many()
                .filter(saved_offer::Column::UserId.eq(viewer.id))
                .filter(saved_offer::Column::OfferId.eq(id))
                .exec(db)
                .await?;
            "offers-notice-unsaved"
        }
        ManageAction::RemoveSearch => {
            saved_search::Entity::delete_many()
                .filter(saved_search::Column::UserId.eq(viewer.id))
                .filter(saved_search::Column::Id.eq(id))
                .exec(db)
                .await?;
            "offers-notice-search-removed"
        }
        ManageAction::AlertOn | ManageAction::AlertOff => {
            let on = action == ManageAction::AlertOn;
            saved_search::Entity::update_many()
                .col_expr(saved_search::Column::Alert, Expr::value(on))
                .filter(saved_search::Column::UserId.eq(viewer.id))
                .filter(saved_search::Column::Id.eq(id))
                .exec(db)
                .await?;
            match (on, viewer.email_verified) {
                (true, true) => "offers-notice-alert-on",
                (true, false) => "offers-notice-alert-on-unconfirmed",
                (false, _) => "offers-notice-alert-off",
            }
        }
    };
    Ok(done(&form.session, &form.path, Message::new(key)).await)
}

#[derive(Deserialize)]
struct TokenPath {
    token: String,
}

/// Whether `token` can be an unsubscribe token (43 URL-safe characters).
pub fn is_token(token: &str) -> bool {
    token.len() == 43
        && token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The one-click unsubscribe (RFC 8058): the button of the page the e-mail's link opens, and
/// mail clients' own `List-Unsubscribe=One-Click` POST. No sign-in: the token is the secret.
async fn unsubscribe(
    State(state): State<AppState>,
    Path(TokenPath { token }): Path<TokenPath>,
    request: axum::extract::Request,
) -> Result<Response, AppError> {
    let form = Submission::read_unchecked(request).await?;
    let updated = if is_token(&token) {
        saved_search::Entity::update_many()
            .col_expr(saved_search::Column::Alert, Expr::value(false))
            .filter(saved_search::Column::UnsubscribeToken.eq(token.as_str()))
            .exec(&state.db)
            .await?
            .rows_affected
    } else {
        0
    };
    let key = if updated == 1 {
        "offers-notice-unsubscribed"
    } else {
        "offers-notice-unsubscribe-invalid"
    };
    Ok(done(&form.session, &Route::Offers.at(form.lang), Message::new(key)).await)
}
