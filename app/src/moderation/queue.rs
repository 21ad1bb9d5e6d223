//! Reading what waits for review: every kind of item in review, oldest submission first, with
//! filters by organisation, kind and language.

use super::model::{QueueItem, ReviewQueue};
use crate::catalogue::query::{Ignored, RawQuery};
use crate::content::text::Texts;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{
    audit_log, interview, interview_translation, offer, offer_translation, organisation, revision,
};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// The queue for `query` (`organisation`, `kind`, `lang`).
pub async fn queue(db: &impl ConnectionTrait, lang: Lang, query: &str) -> Result<ReviewQueue, AppError> {
    let orgs: HashMap<i32, organisation::Model> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut items = Vec::new();
    // Changes of published items wait as revisions, submitted when last saved.
    let revisions = revision::Entity::find()
        .filter(revision::Column::Status.eq(ContentStatus::InReview))
        .all(db)
        .await?;
    let changed = |kind: ContentKind| -> Vec<i32> {
        revisions
            .iter()
            .filter(|r| r.item_kind == kind.code())
            .map(|r| r.item_id)
            .collect()
    };
    let offers = offer::Entity::find()
        .filter(
            Condition::any()
                .add(offer::Column::Status.eq(ContentStatus::InReview))
                .add(
                    Condition::all()
                        .add(offer::Column::Status.eq(ContentStatus::Published))
                        .add(offer::Column::Id.is_in(changed(ContentKind::Offer))),
                ),
        )
        .all(db)
        .await?;
    let ids: Vec<i32> = offers.iter().map(|o| o.id).collect();
    let texts = Texts::<offer_translation::Model>::load(db, &ids).await?;
    for o in offers {
        let (title, shown) = texts
            .pick(o.id, o.original_lang, lang)
            .map(|(t, shown)| (t.title.clone(), shown))
            .unwrap_or((o.slug.clone(), o.original_lang));
        items.push((
            o.organisation_id,
            QueueItem {
                kind: ContentKind::Offer,
                id: o.id,
                title,
                lang: shown,
                original_lang: o.original_lang,
                organisation: String::new(),
                submitted_on: String::new(),
                revision: o.status == ContentStatus::Published,
            },
        ));
    }
    let interviews = interview::Entity::find()
        .filter(interview::Column::Status.eq(ContentStatus::InReview))
        .all(db)
        .await?;
    let ids: Vec<i32> = interviews.iter().map(|i| i.id).collect();
    let texts = Texts::<interview_translation::Model>::load(db, &ids).await?;
    for i in interviews {
        let (title, shown) = texts
            .pick(i.id, i.original_lang, lang)
            .map(|(t, shown)| (t.title.clone(), shown))
            .unwrap_or((i.person_name.clone(), i.original_lang));
        items.push((
            i.organisation_id.unwrap_or(0),
            QueueItem {
                kind: ContentKind::Interview,
                id: i.id,
                title,
                lang: shown,
                original_lang: i.original_lang,
                organisation: String::new(),
                submitted_on: String::new(),
                revision: false,
            },
        ));
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
        })
        .map(|(_, item)| item)
        .collect();
    Ok(ReviewQueue {
        items,
        organisations: with_items,
        organisation,
        kind,
        lang: wanted_lang,
        ignored,
    })
}
