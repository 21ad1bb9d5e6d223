//! Reading an organisation's content for its editors: every item of every kind it owns, in
//! every status, titled in the reader's language (or the fallback).

use super::model::{PartnerHome, PartnerItem, OWNED_KINDS};
use crate::auth::model::{Role, Viewer};
use crate::auth::permissions::{can, Action, Item};
use crate::catalogue::query::{Ignored, RawQuery};
use crate::content::text::Texts;
use crate::content::{ContentKind, ContentStatus, Owner};
use crate::entities::{
    interview, interview_translation, offer, offer_translation, organisation, pathway, pathway_translation,
    resource, resource_translation, webinar, webinar_translation,
};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The partner space of the organisation the query names (or the reader's first one).
pub async fn home(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    lang: Lang,
    query: &str,
) -> Result<PartnerHome, AppError> {
    let organisations = organisations_of(db, viewer).await?;
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let slugs: Vec<&str> = organisations.iter().map(|o| o.slug.as_str()).collect();
    let chosen = raw.one_of("org", &slugs, &mut ignored);
    let status_codes: Vec<&str> = ContentStatus::ALL.iter().map(|s| s.code()).collect();
    let status = raw
        .one_of("status", &status_codes, &mut ignored)
        .and_then(|code| ContentStatus::parse(&code));
    let kind_codes: Vec<&str> = OWNED_KINDS.iter().map(|k| k.code()).collect();
    let kind = raw
        .one_of("kind", &kind_codes, &mut ignored)
        .and_then(|code| ContentKind::parse(&code));
    let acting = match &chosen {
        Some(slug) => organisations.iter().find(|o| &o.slug == slug),
        None => organisations.first(),
    };
    let mut home = PartnerHome {
        organisations: organisations
            .iter()
            .map(|o| (o.slug.clone(), o.name.clone()))
            .collect(),
        acting: acting.map(|o| (o.slug.clone(), o.name.clone())),
        by_status: Vec::new(),
        by_kind: Vec::new(),
        status,
        kind,
        items: Vec::new(),
        ignored,
    };
    let Some(acting) = acting else {
        return Ok(home);
    };
    // The list shows drafts: the same rule as every other read of an unpublished item.
    let drafts = Item {
        kind: ContentKind::Organisation,
        owner: Owner::Organisation(acting.id),
        status: ContentStatus::Draft,
    };
    if !can(Some(viewer), Action::ReadDraft, &drafts) {
        return Err(AppError::Forbidden);
    }
    let items = items_of(db, acting, lang).await?;
    home.by_status = ContentStatus::ALL
        .iter()
        .map(|s| (*s, items.iter().filter(|i| i.status == *s).count()))
        .collect();
    home.by_kind = OWNED_KINDS
        .iter()
        .map(|k| (*k, items.iter().filter(|i| i.kind == *k).count()))
        .collect();
    home.items = items
        .into_iter()
        .filter(|i| status.is_none_or(|s| i.status == s) && kind.is_none_or(|k| i.kind == k))
        .collect();
    Ok(home)
}

/// The organisations `viewer` acts for, by name: administrators any, editors theirs only.
pub async fn organisations_of(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
) -> Result<Vec<organisation::Model>, AppError> {
    let mut organisations = organisation::Entity::find().order_by_asc(organisation::Column::Name);
    if viewer.role != Role::Admin {
        organisations = organisations.filter(organisation::Column::Id.is_in(viewer.organisation_ids.clone()));
    }
    Ok(organisations.all(db).await?)
}

/// Every item `org` owns, by kind then title.
async fn items_of(
    db: &impl ConnectionTrait,
    org: &organisation::Model,
    lang: Lang,
) -> Result<Vec<PartnerItem>, AppError> {
    let mut items = vec![PartnerItem {
        kind: ContentKind::Organisation,
        id: org.id,
        slug: org.slug.clone(),
        title: org.name.clone(),
        lang: org.original_lang,
        status: org.status,
    }];

    let offers = offer::Entity::find()
        .filter(offer::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?;
    let rows: Vec<Row> = offers
        .into_iter()
        .map(|o| Row::new(o.id, o.slug, o.original_lang, o.status))
        .collect();
    let texts = Texts::<offer_translation::Model>::load(db, &ids(&rows)).await?;
    items.extend(titled(ContentKind::Offer, rows, lang, |id, o, l| {
        texts.pick(id, o, l).map(|(t, shown)| (t.title.clone(), shown))
    }));

    let interviews = interview::Entity::find()
        .filter(interview::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?;
    let rows: Vec<Row> = interviews
        .into_iter()
        .map(|i| Row::new(i.id, i.slug, i.original_lang, i.status))
        .collect();
    let texts = Texts::<interview_translation::Model>::load(db, &ids(&rows)).await?;
    items.extend(titled(ContentKind::Interview, rows, lang, |id, o, l| {
        texts.pick(id, o, l).map(|(t, shown)| (t.title.clone(), shown))
    }));

    let resources = resource::Entity::find()
        .filter(resource::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?;
    let rows: Vec<Row> = resources
        .into_iter()
        .map(|r| Row::new(r.id, r.slug, r.original_lang, r.status))
        .collect();
    let texts = Texts::<resource_translation::Model>::load(db, &ids(&rows)).await?;
    items.extend(titled(ContentKind::Resource, rows, lang, |id, o, l| {
        texts.pick(id, o, l).map(|(t, shown)| (t.title.clone(), shown))
    }));

    let webinars = webinar::Entity::find()
        .filter(webinar::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?;
    let rows: Vec<Row> = webinars
        .into_iter()
        .map(|w| Row::new(w.id, w.slug, w.original_lang, w.status))
        .collect();
    let texts = Texts::<webinar_translation::Model>::load(db, &ids(&rows)).await?;
    items.extend(titled(ContentKind::Webinar, rows, lang, |id, o, l| {
        texts.pick(id, o, l).map(|(t, shown)| (t.title.clone(), shown))
    }));

    let pathways = pathway::Entity::find()
        .filter(pathway::Column::OrganisationId.eq(org.id))
        .all(db)
        .await?;
    let rows: Vec<Row> = pathways
        .into_iter()
        .map(|p| Row::new(p.id, p.slug, p.original_lang, p.status))
        .collect();
    let texts = Texts::<pathway_translation::Model>::load(db, &ids(&rows)).await?;
    items.extend(titled(ContentKind::Pathway, rows, lang, |id, o, l| {
        texts.pick(id, o, l).map(|(t, shown)| (t.title.clone(), shown))
    }));

    let order = |kind: ContentKind| OWNED_KINDS.iter().position(|k| *k == kind);
    items.sort_by(|a, b| {
        order(a.kind)
            .cmp(&order(b.kind))
            .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
    });
    Ok(items)
}

/// What the list needs of an item's own row.
struct Row {
    id: i32,
    slug: String,
    original: Lang,
    status: ContentStatus,
}

impl Row {
    fn new(id: i32, slug: String, original: Lang, status: ContentStatus) -> Row {
        Row {
            id,
            slug,
            original,
            status,
        }
    }
}

fn ids(rows: &[Row]) -> Vec<i32> {
    rows.iter().map(|r| r.id).collect()
}

/// The items of `rows`, titled by `title` (id, original language, wanted language → title
/// and the language it is in); an item without any text is named by its slug.
fn titled(
    kind: ContentKind,
    rows: Vec<Row>,
    lang: Lang,
    title: impl Fn(i32, Lang, Lang) -> Option<(String, Lang)>,
) -> Vec<PartnerItem> {
    rows.into_iter()
        .map(|row| {
            let (title, shown) =
                title(row.id, row.original, lang).unwrap_or((row.slug.clone(), row.original));
            PartnerItem {
                kind,
                id: row.id,
                slug: row.slug,
                title,
                lang: shown,
                status: row.status,
            }
        })
        .collect()
}
