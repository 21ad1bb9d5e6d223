//! Saved offers and saved searches of signed-in people, and the forms that change them. A
//! visitor who is not signed in is asked to sign in first, and what they started is finished
//! once they have (`web::pending`).

use super::codes::{KINDS, POSTED_WITHIN, SAVE_OFFER, SAVE_SEARCH, SORTS, WORK_MODES};
use crate::auth::model::Viewer;
use crate::content::ContentStatus;
use crate::entities::{offer, saved_offer, saved_search};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::RequestContext;
use crate::web::flash::Message;
use crate::web::forms::{done, Checked, Submission};
use crate::web::pending::{sign_in_first, Pending, Resumable};
use crate::web::urls::Route;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::{Extension, Router};
use chrono::Utc;
use futures::future::BoxFuture;
use futures::FutureExt;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};
use serde::Deserialize;
use validator::Validate;

/// "Save this offer", finished after signing in.
pub const RESUME_SAVE_OFFER: Resumable = (SAVE_OFFER, "offers-sign-in-to-save", resume_save_offer);
/// "Save this search", finished after signing in.
pub const RESUME_SAVE_SEARCH: Resumable = (SAVE_SEARCH, "offers-sign-in-to-save-search", resume_save_search);

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/offers", post(save_search))
        .route("/{lang}/offers/{slug}", post(save_offer))
        .route("/{lang}/account/saved", post(manage))
        .route("/{lang}/offers/alerts/unsubscribe/{token}", post(unsubscribe))
}

/// The search's query string with only known filters, in a stable order (what is saved and
/// what alert links open).
pub fn canonical_query(raw: &str) -> String {
    let known = [
        "q",
        "kind",
        "country",
        "city",
        "mode",
        "lang",
        "competence",
        "organisation",
        "posted",
        "sort",
    ];
    let parsed = crate::catalogue::query::RawQuery::parse(raw);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for name in known {
        if let Some(value) = parsed.get(name) {
            let ok = match name {
                "kind" => KINDS.contains(&value),
                "mode" => WORK_MODES.contains(&value),
                "posted" => POSTED_WITHIN.contains(&value),
                "sort" => SORTS.contains(&value),
                _ => true,
            };
            if ok {
                let value: String = value.chars().take(200).collect();
                out.append_pair(name, &value);
            }
        }
    }
    out.finish()
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

/// The published offer `slug`, or the 404.
async fn published(db: &impl ConnectionTrait, slug: &str) -> Result<offer::Model, AppError> {
    offer::Entity::find()
        .filter(offer::Column::Slug.eq(slug))
        .filter(offer::Column::Status.eq(ContentStatus::Published))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Keeps offer `offer_id` for `user_id`; saving twice (two tabs at once) keeps it once.
async fn keep_offer(db: &impl ConnectionTrait, user_id: i32, offer_id: i32) -> Result<(), AppError> {
    saved_offer::Entity::insert(saved_offer::ActiveModel {
        user_id: Set(user_id),
        offer_id: Set(offer_id),
        created_at: Set(Utc::now()),
    })
    .on_conflict_do_nothing_on([saved_offer::Column::UserId, saved_offer::Column::OfferId])
    .exec(db)
    .await?;
    Ok(())
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
    let key = match action {
        OfferAction::Save => {
            keep_offer(&state.db, viewer.id, offer.id).await?;
            "offers-notice-saved"
        }
        OfferAction::Unsave => {
            saved_offer::Entity::delete_by_id((viewer.id, offer.id))
                .exec(&state.db)
                .await?;
            "offers-notice-unsaved"
        }
    };
    Ok(done(&form.session, &form.path, Message::new(key)).await)
}

/// Completes "save this offer" after signing in.
pub fn resume_save_offer<'a>(
    db: &'a DatabaseConnection,
    user_id: i32,
    pending: &'a Pending,
) -> BoxFuture<'a, Result<Option<Message>, AppError>> {
    async move {
        let slug = pending.path.rsplit('/').next().unwrap_or_default();
        let Ok(offer) = published(db, slug).await else {
            return Ok(None);
        };
        keep_offer(db, user_id, offer.id).await?;
        Ok(Some(Message::new("offers-notice-saved-after-sign-in")))
    }
    .boxed()
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

/// Saves `query` for `viewer` (once per query), with the alert on when asked. Saving again
/// never weakens what the person has: an alert that is on stays on. Returns the message.
async fn keep_search(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    query: &str,
    lang: &str,
    alert: bool,
) -> Result<&'static str, AppError> {
    let existing = saved_search::Entity::find()
        .filter(saved_search::Column::UserId.eq(viewer.id))
        .filter(saved_search::Column::Query.eq(query))
        .one(db)
        .await?;
    let alert_on = match existing {
        Some(row) => {
            let kept = row.alert || alert;
            let mut active: saved_search::ActiveModel = row.into();
            active.alert = Set(kept);
            active.lang = Set(lang.into());
            active.update(db).await?;
            if !kept {
                return Ok("offers-notice-search-saved");
            }
            if !alert {
                return Ok("offers-notice-search-kept-alert");
            }
            true
        }
        None => {
            saved_search::ActiveModel {
                user_id: Set(viewer.id),
                query: Set(query.into()),
                lang: Set(lang.into()),
                alert: Set(alert),
                unsubscribe_token: Set(crate::auth::secret::random_token()),
                last_sent_at: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
            alert
        }
    };
    Ok(match (alert_on, viewer.email_verified) {
        (false, _) => "offers-notice-search-saved",
        (true, true) => "offers-notice-search-saved-alert",
        (true, false) => "offers-notice-search-saved-alert-unconfirmed",
    })
}

/// Completes "save this search" after signing in.
pub fn resume_save_search<'a>(
    db: &'a DatabaseConnection,
    user_id: i32,
    pending: &'a Pending,
) -> BoxFuture<'a, Result<Option<Message>, AppError>> {
    async move {
        let field = |name: &str| {
            pending
                .fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let Some(viewer) = crate::auth::session::viewer_by_id(db, user_id).await? else {
            return Ok(None);
        };
        let query = canonical_query(&field("query"));
        let lang = crate::web::lang::lang_of_path(&pending.path).unwrap_or(crate::i18n::Lang::En);
        let key = keep_search(db, &viewer, &query, lang.code(), field("alert") == "on").await?;
        Ok(Some(Message::new(key)))
    }
    .boxed()
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
