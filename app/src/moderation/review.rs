//! Reviewing an item of any editable kind (new, or a change of a published one): what the
//! moderator reads (what changed, field by field and language by language; the text as readers
//! will see it; the history) and the decision — approve (published at once: search, feeds and
//! the sitemap follow through the write path) or reject with a comment the editors read on the
//! item and receive by e-mail in their language, in the same transaction.

use super::model::ItemReview;
use crate::auth::model::Viewer;
use crate::auth::permissions::{can, Action, Item};
use crate::content::edit::{self, editable, Editing};
use crate::content::write::begin_status;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{audit_log, organisation, organisation_member, user};
use crate::error::AppError;
use crate::i18n::{tr, tr_args, Lang};
use crate::mail::{letter, Mail};
use crate::state::AppState;
use crate::ui::markdown::to_safe_html;
use crate::web::urls::Route;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

/// What is judged: the item in review, or the change of a published item (which is in review).
fn judged(editing: &Editing) -> (Item, bool) {
    let revision = editing.item.status == ContentStatus::Published && editing.pending.is_some();
    let item = if revision {
        Item {
            status: ContentStatus::InReview,
            ..editing.item
        }
    } else {
        editing.item
    };
    (item, revision)
}

/// Item `kind`/`id` for a moderator (or anyone who may read it unpublished; others: not found).
pub async fn item_review(
    db: &DatabaseConnection,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    lang: Lang,
) -> Result<ItemReview, AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    let editing = edit::open(db, kind, id).await?;
    if !can(Some(viewer), Action::ReadDraft, &editing.item) {
        return Err(AppError::NotFound);
    }
    let (judged, revision) = judged(&editing);
    let shown = editing.working();
    let text_lang = if shown.has_text(lang) {
        lang
    } else {
        editing.original
    };
    let body = spec
        .texts
        .iter()
        .find(|t| t.markdown)
        .map(|t| to_safe_html(&shown.text(text_lang, t.name)))
        .unwrap_or_default();
    let organisation = match editing.item.owner.organisation_id() {
        Some(org) => organisation::Entity::find_by_id(org)
            .one(db)
            .await?
            .map(|o| o.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(ItemReview {
        kind,
        id,
        title: spec.title(shown, text_lang),
        lang: text_lang,
        body_html: body,
        organisation,
        status: editing.item.status,
        revision,
        changes: spec.described(editing.changes(), lang),
        history: crate::content::history::entries(db, kind, id).await?,
        can_decide: judged.status == ContentStatus::InReview && can(Some(viewer), Action::Approve, &judged),
    })
}

/// Approves or rejects item `kind`/`id` (or its pending change); a rejection tells the
/// organisation's editors by e-mail, in the same transaction.
pub async fn decide(
    state: &AppState,
    viewer: &Viewer,
    kind: ContentKind,
    id: i32,
    approve: bool,
    comment: Option<String>,
) -> Result<(), AppError> {
    let editing = edit::open(&state.db, kind, id).await?;
    let (_, revision) = judged(&editing);
    // Whoever proposed the change is told too (an editor of another organisation proposing a
    // change to a job profile, a reader's translation).
    let author = match revision {
        true => crate::content::revisions::pending(&state.db, kind, id)
            .await?
            .and_then(|r| r.author_id),
        false => None,
    };
    let write = if revision {
        edit::decide_revision(&state.db, viewer, kind, id, approve, comment.clone()).await?
    } else {
        let action = if approve { Action::Approve } else { Action::Reject };
        begin_status(&state.db, Some(viewer), kind, id, action, comment.clone()).await?
    };
    if !approve {
        let comment = comment.as_deref().unwrap_or_default();
        tell_editors(state, write.txn(), &editing, kind, id, comment, author).await?;
    }
    write.commit().await?;
    Ok(())
}

/// "Your item was not published", with the moderator's comment and the link to its form, to
/// every editor of the item's organisation (and whoever created it or proposed the change),
/// each in their language.
async fn tell_editors(
    state: &AppState,
    db: &impl ConnectionTrait,
    editing: &Editing,
    kind: ContentKind,
    id: i32,
    comment: &str,
    author: Option<i32>,
) -> Result<(), AppError> {
    let spec = editable(kind).ok_or(AppError::NotFound)?;
    let mut people: Vec<i32> = match editing.item.owner.organisation_id() {
        Some(org) => organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(org))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect(),
        None => Vec::new(),
    };
    let creator = audit_log::Entity::find()
        .filter(audit_log::Column::ItemKind.eq(kind.code()))
        .filter(audit_log::Column::ItemId.eq(id))
        .filter(audit_log::Column::Action.eq(Action::Create.code()))
        .order_by_asc(audit_log::Column::Id)
        .one(db)
        .await?
        .and_then(|row| row.actor_id);
    people.extend(creator);
    people.extend(author);
    people.sort_unstable();
    people.dedup();
    let shown = editing.working();
    for person in user::Entity::find()
        .filter(user::Column::Id.is_in(people))
        .all(db)
        .await?
    {
        let lang = Lang::parse(&person.lang).unwrap_or(Lang::En);
        let text_lang = if shown.has_text(lang) {
            lang
        } else {
            editing.original
        };
        let title = spec.title(shown, text_lang);
        let link = state.absolute(&Route::PartnerItem(kind, id).at(lang));
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
