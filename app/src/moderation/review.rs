//! Reviewing an offer (new, or a change of a published one): what the moderator reads (what
//! changed, field by field and language by language; facts; history) and the decision —
//! approve (published at once, on every app server's search, in the feed and the sitemap) or
//! reject with a comment the editors read on the item and receive by e-mail in their language.

use super::model::OfferReview;
use crate::auth::model::Viewer;
use crate::auth::permissions::{can, Action};
use crate::catalogue::codes::country_key;
use crate::content::text::Texts;
use crate::content::write::begin_status;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{offer, offer_translation, organisation, organisation_member, user};
use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use crate::mail::{letter, Mail};
use crate::state::AppState;
use crate::ui::markdown::to_safe_html;
use crate::web::urls::Route;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// Offer `id` for a moderator (others: not found).
pub async fn offer_review(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: i32,
    lang: Lang,
) -> Result<OfferReview, AppError> {
    let (row, found) = crate::offers::detail::readable(db, viewer, id).await?;
    let texts = Texts::<offer_translation::Model>::load(db, &[id]).await?;
    let (title, description, shown) = texts
        .pick(id, row.original_lang, lang)
        .map(|(t, shown)| (t.title.clone(), t.description_md.clone(), shown))
        .unwrap_or((row.slug.clone(), String::new(), row.original_lang));
    let organisation = organisation::Entity::find_by_id(row.organisation_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let mut facts = vec![
        ("offers-filter-kind".to_string(), tr(lang, &row.kind.label_key())),
        (
            "offers-filter-mode".to_string(),
            tr(lang, &row.work_mode.label_key()),
        ),
    ];
    if let Some(country) = &row.country {
        facts.push(("filter-country".into(), tr(lang, &country_key(country))));
    }
    for (label, value) in [
        ("partner-offer-city", row.city.clone()),
        (
            "partner-offer-valid-until",
            row.valid_until.map(|d| d.to_string()),
        ),
        ("partner-offer-apply-url", row.apply_url.clone()),
        ("partner-offer-apply-email", row.apply_email.clone()),
    ] {
        if let Some(value) = value {
            facts.push((label.to_string(), value));
        }
    }
    let editing = crate::content::edit::open(db, ContentKind::Offer, id).await?;
    let revision = row.status == ContentStatus::Published && editing.pending.is_some();
    // What is judged: the offer in review, or the change of a published offer.
    let judged = if revision {
        crate::auth::permissions::Item {
            status: ContentStatus::InReview,
            ..found
        }
    } else {
        found
    };
    Ok(OfferReview {
        id,
        revision,
        changes: editing.changes(),
        title,
        lang: shown,
        description_html: to_safe_html(&description),
        organisation,
        status: row.status,
        facts,
        history: crate::content::history::entries(db, ContentKind::Offer, id).await?,
        can_decide: judged.status == ContentStatus::InReview && can(Some(viewer), Action::Approve, &judged),
    })
}

/// Approves or rejects offer `id`; a rejection tells the organisation's editors by e-mail, in
/// the same transaction.
pub async fn decide(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    approve: bool,
    comment: Option<String>,
) -> Result<(), AppError> {
    let action = if approve { Action::Approve } else { Action::Reject };
    let pending = crate::content::revisions::pending(&state.db, ContentKind::Offer, id).await?;
    let published = crate::content::write::item(&state.db, ContentKind::Offer, id)
        .await?
        .is_some_and(|item| item.status == ContentStatus::Published);
    let write = if published && pending.is_some() {
        crate::content::edit::decide_revision(
            &state.db,
            viewer,
            ContentKind::Offer,
            id,
            approve,
            comment.clone(),
        )
        .await?
    } else {
        begin_status(
            &state.db,
            Some(viewer),
            ContentKind::Offer,
            id,
            action,
            comment.clone(),
        )
        .await?
    };
    if !approve {
        tell_editors(state, write.txn(), id, comment.as_deref().unwrap_or_default()).await?;
    }
    write.commit().await?;
    Ok(())
}

/// "Your offer was not published", with the moderator's comment and the link to the form, to
/// every editor of the offer's organisation (and its author), each in their own language.
async fn tell_editors(
    state: &AppState,
    db: &impl ConnectionTrait,
    id: i32,
    comment: &str,
) -> Result<(), AppError> {
    let row = offer::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut people: Vec<i32> = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(row.organisation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    people.extend(row.created_by);
    people.sort_unstable();
    people.dedup();
    let texts = Texts::<offer_translation::Model>::load(db, &[id]).await?;
    for person in user::Entity::find()
        .filter(user::Column::Id.is_in(people))
        .all(db)
        .await?
    {
        let lang = Lang::parse(&person.lang).unwrap_or(Lang::En);
        let title = texts
            .pick(id, row.original_lang, lang)
            .map(|(t, _)| t.title.clone())
            .unwrap_or_else(|| row.slug.clone());
        let link = state.absolute(&Route::PartnerOffer(id).at(lang));
        Mail {
            user_id: Some(person.id),
            to: person.email.clone(),
            subject: tr_args(lang, "mail-rejected-subject", &[("title", title.clone().into())]),
            body: letter(
                lang,
                &person.display_name,
                &[
                    tr_args(lang, "mail-rejected-body", &[("title", title.into())]),
                    comment.to_string(),
                    tr(lang, "mail-rejected-next"),
                    link,
                ],
            ),
            list_unsubscribe: None,
        }
        .enqueue(db)
        .await?;
    }
    Ok(())
}
