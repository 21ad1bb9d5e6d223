//! What saving means, apart from the forms: keeping an offer or a search for a person (once,
//! never weakening an alert), the canonical query string of a saved search, and finishing a
//! save started before signing in (`web::pending`).

use super::codes::{OfferKind, WorkMode, POSTED_WITHIN, SAVE_OFFER, SAVE_SEARCH, SORTS};
use crate::auth::model::Viewer;
use crate::content::ContentStatus;
use crate::entities::{offer, saved_offer, saved_search};
use crate::error::AppError;
use crate::web::flash::Message;
use crate::web::pending::{Pending, Resumable};
use chrono::Utc;
use futures::future::BoxFuture;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};

/// "Save this offer", finished after signing in.
pub const RESUME_SAVE_OFFER: Resumable = (SAVE_OFFER, "offers-sign-in-to-save", resume_save_offer);
/// "Save this search", finished after signing in.
pub const RESUME_SAVE_SEARCH: Resumable = (SAVE_SEARCH, "offers-sign-in-to-save-search", resume_save_search);

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
                "kind" => OfferKind::parse(value).is_some(),
                "mode" => WorkMode::parse(value).is_some(),
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

/// The published offer `slug`, or the 404.
pub async fn published(db: &impl ConnectionTrait, slug: &str) -> Result<offer::Model, AppError> {
    offer::Entity::find()
        .filter(offer::Column::Slug.eq(slug))
        .filter(offer::Column::Status.eq(ContentStatus::Published))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Keeps offer `offer_id` for `user_id`; saving twice (two tabs at once) keeps it once.
pub async fn keep_offer(db: &impl ConnectionTrait, user_id: i32, offer_id: i32) -> Result<(), AppError> {
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

/// Saves `query` for `viewer` (once per query), with the alert on when asked. Saving again
/// never weakens what the person has: an alert that is on stays on. Returns the message.
pub async fn keep_search(
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
        let lang = crate::web::lang::lang_of_path(&pending.path).unwrap_or(crate::i18n::Lang::En);
        let saved = crate::web::urls::Route::Saved.at(lang);
        Ok(Some(
            Message::new("offers-notice-saved-after-sign-in").linking(saved, "offers-notice-see-saved"),
        ))
    }
    .boxed()
}
