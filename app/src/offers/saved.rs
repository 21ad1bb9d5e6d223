//! Saved offers and saved searches of signed-in people, and the forms that change them.

use super::codes::{KINDS, POSTED_WITHIN, SORTS, WORK_MODES};
use crate::accounts::context::RequestContext;
use crate::accounts::guard::see_other;
use crate::accounts::http::{done, internal, lang_of, Submission};
use crate::accounts::model::Message;
use crate::entities::{offer, saved_offer, saved_search};
use crate::i18n::Lang;
use crate::jobs::service::PUBLISHED;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/offers", post(save_search))
        .route("/{lang}/offers/{slug}", post(save_offer))
        .route("/{lang}/account/saved", post(manage))
        .route("/{lang}/offers/alerts/unsubscribe/{token}", get(unsubscribe))
}

/// Anonymous: to sign-in, coming back to `back`.
fn sign_in_first(lang: Lang, back: &str) -> Response {
    let next: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
    see_other(&format!("/{}/account/sign-in?next={next}", lang.code()))
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

async fn save_offer(
    State(state): State<AppState>,
    session: Session,
    Path((lang, slug)): Path<(String, String)>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let back = format!("/{}/offers/{slug}", lang.code());
    let Some(viewer) = context.viewer else {
        return sign_in_first(lang, &back);
    };
    let form = Submission::new(session, lang, back.clone(), fields);
    let found = offer::Entity::find()
        .filter(offer::Column::Slug.eq(slug.as_str()))
        .filter(offer::Column::Status.eq(PUBLISHED))
        .one(&state.db)
        .await;
    let offer = match found {
        Ok(Some(offer)) => offer,
        Ok(None) => return http::StatusCode::NOT_FOUND.into_response(),
        Err(error) => return internal(error),
    };
    let result = match form.raw("action") {
        "save" => {
            let exists = saved_offer::Entity::find_by_id((viewer.id, offer.id))
                .one(&state.db)
                .await;
            match exists {
                Ok(Some(_)) => Ok("offers-notice-saved"),
                Ok(None) => saved_offer::ActiveModel {
                    user_id: Set(viewer.id),
                    offer_id: Set(offer.id),
                    created_at: Set(Utc::now()),
                }
                .insert(&state.db)
                .await
                .map(|_| "offers-notice-saved"),
                Err(error) => Err(error),
            }
        }
        "unsave" => saved_offer::Entity::delete_by_id((viewer.id, offer.id))
            .exec(&state.db)
            .await
            .map(|_| "offers-notice-unsaved"),
        _ => return form.back().await,
    };
    match result {
        Ok(key) => done(&form.session, &back, Message::new(key)).await,
        Err(error) => internal(error),
    }
}

async fn save_search(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let form = Submission::new(session, lang, format!("/{}/offers", lang.code()), fields);
    let query = canonical_query(form.raw("query"));
    let back = if query.is_empty() {
        format!("/{}/offers", lang.code())
    } else {
        format!("/{}/offers?{query}", lang.code())
    };
    let Some(viewer) = context.viewer else {
        return sign_in_first(lang, &back);
    };
    if form.raw("action") != "save-search" {
        return form.back().await;
    }
    let alert = form.raw("alert") == "on";
    let existing = saved_search::Entity::find()
        .filter(saved_search::Column::UserId.eq(viewer.id))
        .filter(saved_search::Column::Query.eq(query.as_str()))
        .one(&state.db)
        .await;
    let result = match existing {
        Ok(Some(row)) => {
            let mut active: saved_search::ActiveModel = row.into();
            active.alert = Set(alert);
            active.lang = Set(lang.code().into());
            active.update(&state.db).await.map(|_| ())
        }
        Ok(None) => saved_search::ActiveModel {
            user_id: Set(viewer.id),
            query: Set(query),
            lang: Set(lang.code().into()),
            alert: Set(alert),
            unsubscribe_token: Set(crate::accounts::secret::random_token()),
            last_sent_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&state.db)
        .await
        .map(|_| ()),
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => {
            let key = if alert {
                "offers-notice-search-saved-alert"
            } else {
                "offers-notice-search-saved"
            };
            done(&form.session, &back, Message::new(key)).await
        }
        Err(error) => internal(error),
    }
}

/// The forms of `/{lang}/account/saved`: remove an offer or a search, switch an alert.
async fn manage(
    State(state): State<AppState>,
    session: Session,
    Path(lang): Path<String>,
    Extension(context): Extension<RequestContext>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let path = format!("/{}/account/saved", lang.code());
    let Some(viewer) = context.viewer else {
        return sign_in_first(lang, &path);
    };
    let form = Submission::new(session, lang, path.clone(), fields);
    let id = form.raw("id").parse::<i32>().unwrap_or(-1);
    let db = &state.db;
    let result = match form.raw("action") {
        "remove-offer" => saved_offer::Entity::delete_many()
            .filter(saved_offer::Column::UserId.eq(viewer.id))
            .filter(saved_offer::Column::OfferId.eq(id))
            .exec(db)
            .await
            .map(|_| "offers-notice-unsaved"),
        "remove-search" => saved_search::Entity::delete_many()
            .filter(saved_search::Column::UserId.eq(viewer.id))
            .filter(saved_search::Column::Id.eq(id))
            .exec(db)
            .await
            .map(|_| "offers-notice-search-removed"),
        action @ ("alert-on" | "alert-off") => saved_search::Entity::update_many()
            .col_expr(
                saved_search::Column::Alert,
                sea_orm::sea_query::Expr::value(action == "alert-on"),
            )
            .filter(saved_search::Column::UserId.eq(viewer.id))
            .filter(saved_search::Column::Id.eq(id))
            .exec(db)
            .await
            .map(|_| {
                if action == "alert-on" {
                    "offers-notice-alert-on"
                } else {
                    "offers-notice-alert-off"
                }
            }),
        _ => return form.back().await,
    };
    match result {
        Ok(key) => done(&form.session, &path, Message::new(key)).await,
        Err(error) => internal(error),
    }
}

/// The link in every alert e-mail: stops that alert at once (no sign-in needed), and says so.
async fn unsubscribe(
    State(state): State<AppState>,
    session: Session,
    Path((lang, token)): Path<(String, String)>,
) -> Response {
    let lang = match lang_of(&lang) {
        Ok(lang) => lang,
        Err(response) => return response,
    };
    let valid = token.len() == 43
        && token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let updated = if valid {
        match saved_search::Entity::update_many()
            .col_expr(
                saved_search::Column::Alert,
                sea_orm::sea_query::Expr::value(false),
            )
            .filter(saved_search::Column::UnsubscribeToken.eq(token.as_str()))
            .exec(&state.db)
            .await
        {
            Ok(result) => result.rows_affected,
            Err(error) => return internal(error),
        }
    } else {
        0
    };
    let key = if updated == 1 {
        "offers-notice-unsubscribed"
    } else {
        "offers-notice-unsubscribe-invalid"
    };
    done(&session, &format!("/{}/offers", lang.code()), Message::new(key)).await
}
