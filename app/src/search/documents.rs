//! What the index reads of each kind: its published items, and per translation a title and a
//! body (the texts a person would recognise the item by). Read for every item (a rebuild) or
//! for the items a change touched, in two queries per kind.

use super::index::{Kind, SearchDoc};
use crate::content::ContentStatus;
use crate::entities::*;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// A published item's id, slug and freshness (seconds since 1970).
type Row = (i32, String, i64);
/// A translation: (item id, language, title, body).
type Text = (i32, String, String, String);

/// The documents of `rows` with their `texts`.
fn assemble(kind: Kind, rows: Vec<Row>, texts: Vec<Text>) -> Vec<SearchDoc> {
    let mut by_item: HashMap<i32, Vec<(Lang, String, String)>> = HashMap::new();
    for (id, lang, title, body) in texts {
        if let Some(lang) = Lang::parse(&lang) {
            by_item.entry(id).or_default().push((lang, title, body));
        }
    }
    rows.into_iter()
        .map(|(id, slug, fresh)| SearchDoc {
            kind,
            id,
            slug,
            fresh,
            texts: by_item.remove(&id).unwrap_or_default(),
        })
        .collect()
}

/// The published items of `kind` (only `ids` when given) as documents.
pub async fn of_kind(
    db: &impl ConnectionTrait,
    kind: Kind,
    ids: Option<&[i32]>,
) -> Result<Vec<SearchDoc>, DbErr> {
    let published = ContentStatus::Published;
    macro_rules! rows {
        ($entity:ident, $fresh:expr) => {{
            let mut select = $entity::Entity::find().filter($entity::Column::Status.eq(published));
            if let Some(ids) = ids {
                select = select.filter($entity::Column::Id.is_in(ids.to_vec()));
            }
            let rows: Vec<Row> = select.all(db).await?.into_iter().map($fresh).collect();
            rows
        }};
    }
    macro_rules! texts {
        ($entity:ident, $owner:ident, $text:expr) => {{
            let owners: Vec<i32> = ids.map(<[i32]>::to_vec).unwrap_or_default();
            let mut select = $entity::Entity::find();
            if ids.is_some() {
                select = select.filter($entity::Column::$owner.is_in(owners));
            }
            let texts: Vec<Text> = select.all(db).await?.into_iter().map($text).collect();
            texts
        }};
    }
    let docs = match kind {
        Kind::Offer => {
            let mut docs = assemble(
                kind,
                rows!(offer, |r| (r.id, r.slug, r.posted_at.timestamp())),
                texts!(offer_translation, OfferId, |t| (
                    t.offer_id,
                    t.lang,
                    t.title,
                    t.description_md
                )),
            );
            super::offer_context::add(db, &mut docs).await?;
            docs
        }
        Kind::Pathway => assemble(
            kind,
            rows!(pathway, |r| (r.id, r.slug, r.created_at.timestamp())),
            texts!(pathway_translation, PathwayId, |t| (
                t.pathway_id,
                t.lang,
                t.title,
                format!("{}\n{}", t.goal, t.description_md)
            )),
        ),
        Kind::Webinar => assemble(
            kind,
            rows!(webinar, |r| (r.id, r.slug, r.starts_at.timestamp())),
            texts!(webinar_translation, WebinarId, |t| (
                t.webinar_id,
                t.lang,
                t.title,
                format!("{}\n{}", t.description_md, t.speakers)
            )),
        ),
        Kind::Resource => assemble(
            kind,
            rows!(resource, |r| (r.id, r.slug, r.published_at.timestamp())),
            texts!(resource_translation, ResourceId, |t| (
                t.resource_id,
                t.lang,
                t.title,
                format!("{}\n{}", t.summary, t.body_md)
            )),
        ),
        Kind::Interview => {
            let rows = rows!(interview, |r| (
                r.id,
                r.slug,
                r.published_on
                    .and_hms_opt(0, 0, 0)
                    .map(|d| d.and_utc().timestamp())
                    .unwrap_or(0)
            ));
            assemble(
                kind,
                rows,
                texts!(interview_translation, InterviewId, |t| (
                    t.interview_id,
                    t.lang,
                    t.title,
                    format!("{}\n{}\n{}", t.role, t.quote, t.body_md)
                )),
            )
        }
        Kind::JobProfile => assemble(
            kind,
            rows!(job_profile, |r| (r.id, r.slug, r.created_at.timestamp())),
            texts!(job_profile_translation, JobProfileId, |t| (
                t.job_profile_id,
                t.lang,
                t.title,
                format!("{}\n{}\n{}", t.summary, t.missions, t.employers)
            )),
        ),
        Kind::Organisation => {
            let mut select = organisation::Entity::find().filter(organisation::Column::Status.eq(published));
            if let Some(ids) = ids {
                select = select.filter(organisation::Column::Id.is_in(ids.to_vec()));
            }
            let rows = select.all(db).await?;
            let names: HashMap<i32, String> = rows.iter().map(|o| (o.id, o.name.clone())).collect();
            // An organisation's name is its title in every language.
            let texts = texts!(organisation_translation, OrganisationId, |t| (
                t.organisation_id,
                t.lang,
                String::new(),
                t.description
            ))
            .into_iter()
            .map(|(id, lang, _, body)| (id, lang, names.get(&id).cloned().unwrap_or_default(), body))
            .collect();
            let rows: Vec<Row> = rows
                .iter()
                .map(|o| (o.id, o.slug.clone(), o.created_at.timestamp()))
                .collect();
            assemble(kind, rows, texts)
        }
    };
    Ok(docs)
}

/// The changes `items` make to the index: each item with its document, or `None` when it is no
/// longer published.
pub async fn changes(
    db: &impl ConnectionTrait,
    items: &[(Kind, i32)],
) -> Result<Vec<(Kind, i32, Option<SearchDoc>)>, DbErr> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let ids: Vec<i32> = items
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| *id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let mut found: HashMap<i32, SearchDoc> = of_kind(db, kind, Some(&ids))
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
        out.extend(ids.into_iter().map(|id| (kind, id, found.remove(&id))));
    }
    Ok(out)
}

/// The ids of the published items of `kind`.
pub async fn published_ids(db: &impl ConnectionTrait, kind: Kind) -> Result<Vec<i32>, DbErr> {
    use sea_orm::QuerySelect;
    let published = ContentStatus::Published;
    macro_rules! ids {
        ($entity:ident) => {
            $entity::Entity::find()
                .filter($entity::Column::Status.eq(published))
                .select_only()
                .column($entity::Column::Id)
                .into_tuple()
                .all(db)
                .await?
        };
    }
    Ok(match kind {
        Kind::Offer => ids!(offer),
        Kind::Pathway => ids!(pathway),
        Kind::Webinar => ids!(webinar),
        Kind::Resource => ids!(resource),
        Kind::Interview => ids!(interview),
        Kind::JobProfile => ids!(job_profile),
        Kind::Organisation => ids!(organisation),
    })
}

/// How many items a rebuild reads at once: the documents of a large catalogue are never all
/// held at the same time.
pub const BATCH: usize = 5_000;
