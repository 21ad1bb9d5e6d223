//! Reading what waits for review: every editable kind's items in review and published items'
//! pending changes, oldest submission first, with filters by organisation, kind and language.

use super::model::{QueueItem, ReviewQueue};
use crate::catalogue::query::{Ignored, RawQuery};
use crate::content::edit::{self, editable};
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{audit_log, organisation, revision};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The choices of the "waiting for at least" filter: (code, days).
pub const AGES: [(&str, u32); 3] = [("1", 1), ("7", 7), ("30", 30)];

/// The queue for `query`: every item of an editable kind in review, and every published item
/// whose change waits for review.
pub async fn queue(db: &DatabaseConnection, lang: Lang, query: &str) -> Result<ReviewQueue, AppError> {
    let orgs: HashMap<i32, organisation::Model> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    // Changes of published items wait as revisions, submitted when last saved.
    let revisions = revision::Entity::find()
        .filter(revision::Column::Status.eq(ContentStatus::InReview))
        .all(db)
        .await?;
    let mut items = Vec::new();
    for kind in super::queue_kinds() {
        let mut ids = in_review(db, kind).await?;
        ids.extend(
            revisions
                .iter()
                .filter(|r| r.item_kind == kind.code())
                .map(|r| r.item_id),
        );
        ids.sort_unstable();
        ids.dedup();
        let Some(spec) = editable(kind) else {
            continue;
        };
        for id in ids {
            let editing = edit::open(db, kind, id).await?;
            let revision = editing.item.status == ContentStatus::Published;
            if revision && editing.pending.is_none() {
                continue;
            }
            let working = editing.working();
            let shown = if working.has_text(lang) {
                lang
            } else {
                editing.original
            };
            items.push((
                editing.item.owner.organisation_id().unwrap_or(0),
                QueueItem {
                    kind,
                    id,
                    title: spec.title(working, shown),
                    lang: shown,
                    original_lang: editing.original,
                    organisation: String::new(),
                    submitted_on: String::new(),
                    revision,
                },
            ));
        }
    }

    // When each was submitted: its latest "submit" in the audit log.
    let waiting_ids: Vec<i32> = items.iter().map(|(_, item)| item.id).collect();
    let submitted: Vec<audit_log::Model> = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(crate::auth::permissions::Action::Submit.code()))
        .filter(audit_log::Column::ItemId.is_in(waiting_ids))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?;
    let mut when: HashMap<(String, i32), String> = HashMap::new();
    for row in submitted {
        when.insert((row.item_kind, row.item_id), row.at.to_rfc3339());
    }
    for row in &revisions {
        when.insert((row.item_kind.clone(), row.item_id), row.updated_at.to_rfc3339());
    }
    let mut waiting: Vec<(i32, QueueItem)> = items
        .into_iter()
        .map(|(org, mut item)| {
            item.organisation = orgs.get(&org).map(|o| o.name.clone()).unwrap_or_default();
            item.submitted_on = when
                .get(&(item.kind.code().to_string(), item.id))
                .cloned()
                .unwrap_or_default();
            (org, item)
        })
        .collect();
    waiting.sort_by(|a, b| a.1.submitted_on.cmp(&b.1.submitted_on).then(a.1.id.cmp(&b.1.id)));

    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let mut with_items: Vec<(String, String)> = waiting
        .iter()
        .filter_map(|(org, _)| orgs.get(org).map(|o| (o.slug.clone(), o.name.clone())))
        .collect();
    with_items.sort_by(|a, b| a.1.cmp(&b.1));
    with_items.dedup();
    let slugs: Vec<&str> = with_items.iter().map(|(s, _)| s.as_str()).collect();
    let organisation = raw.one_of("organisation", &slugs, &mut ignored);
    let kind_codes: Vec<&str> = super::queue_kinds().iter().map(|k| k.code()).collect();
    let kind = raw
        .one_of("kind", &kind_codes, &mut ignored)
        .and_then(|c| ContentKind::parse(&c));
    let lang_codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let age = raw
        .one_of("age", &AGES.map(|(code, _)| code), &mut ignored)
        .and_then(|code| AGES.iter().find(|(c, _)| *c == code).map(|(_, days)| *days));
    let cutoff = age.map(|days| (chrono::Utc::now() - chrono::Duration::days(i64::from(days))).to_rfc3339());
    let wanted_lang = raw
        .one_of("lang", &lang_codes, &mut ignored)
        .and_then(|c| Lang::parse(&c));
    let items = waiting
        .into_iter()
        .filter(|(org, item)| {
            organisation
                .as_ref()
                .is_none_or(|slug| orgs.get(org).is_some_and(|o| &o.slug == slug))
                && kind.is_none_or(|k| item.kind == k)
                && wanted_lang.is_none_or(|l| item.original_lang == l)
                && cutoff.as_ref().is_none_or(|c| item.submitted_on <= *c)
        })
        .map(|(_, item)| item)
        .collect();
    Ok(ReviewQueue {
        items,
        organisations: with_items,
        organisation,
        kind,
        lang: wanted_lang,
        age,
        ignored,
    })
}

/// The ids of the items of `kind` in review.
async fn in_review(db: &impl ConnectionTrait, kind: ContentKind) -> Result<Vec<i32>, AppError> {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let Some(table) = crate::content::write::table(kind) else {
        return Ok(Vec::new());
    };
    let select = Query::select()
        .column(Alias::new("id"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("status")).eq(ContentStatus::InReview.code()))
        .to_owned();
    let mut ids = Vec::new();
    for row in db.query_all(&select).await? {
        ids.push(row.try_get::<i32>("", "id")?);
    }
    Ok(ids)
}
