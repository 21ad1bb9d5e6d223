//! Resource queries: the list (words, kind, competence, language, licence, organisation) and
//! one resource. A list runs a fixed number of queries, whatever the number of resources.

use super::cards::{card, related};
use super::codes::{Audience, Licence, ResourceKind};
use super::model::{ResourceDetail, ResourceListPage};
use crate::catalogue::framework::{competence_choices, Framework};
use crate::catalogue::query::{is_slug, Ignored, PageInfo, RawQuery, PAGE_SIZE};
use crate::catalogue::words::fold;
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{competence, resource, resource_audience, resource_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::held::SiteSearch;
use crate::search::index::Kind;
use crate::search::lists;
use crate::ui::filters::Choice;
use crate::ui::markdown::to_safe_html;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};

fn published() -> sea_orm::Select<resource::Entity> {
    resource::Entity::find()
        .filter(resource::Column::Status.eq(ContentStatus::Published))
        .order_by_desc(resource::Column::PublishedAt)
        .order_by_desc(resource::Column::Id)
}

/// The list for `query`: searched by words (`?q=`, the best match first; otherwise the newest
/// first) and filtered.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    lang: Lang,
    query: &str,
) -> Result<ResourceListPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let page = raw.page(&mut ignored);
    let q = lists::q_of(&raw);
    let words = lists::list_words(db, search, Kind::Resource, &q).await?;
    let kind_codes: Vec<&str> = ResourceKind::ALL.iter().map(|k| k.code()).collect();
    let kind = raw.one_of("kind", &kind_codes, &mut ignored);
    let licence_codes: Vec<&str> = Licence::ALL.iter().map(|l| l.code()).collect();
    let licence = raw.one_of("licence", &licence_codes, &mut ignored);
    let lang_codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let language = raw.one_of("lang", &lang_codes, &mut ignored);

    let rows = published().all(db).await?;
    let related = related(db, &rows).await?;
    let framework = Framework::current(db).await?;
    let codes: HashMap<i32, String> = framework
        .as_ref()
        .map(|f| f.competences.iter().map(|c| (c.id, c.code.clone())).collect())
        .unwrap_or_default();

    // The choices: organisations and competences that published resources have.
    let mut organisations: Vec<Choice> = related
        .organisations
        .values()
        .map(|o| Choice {
            value: o.slug.clone(),
            label: o.name.clone(),
        })
        .collect();
    organisations.sort_by_cached_key(|c| fold(&c.label));
    let org_slugs: Vec<&str> = organisations.iter().map(|c| c.value.as_str()).collect();
    let organisation = raw.one_of("organisation", &org_slugs, &mut ignored);
    let used: HashSet<i32> = related.competences.values().flatten().copied().collect();
    let mut competences = competence_choices(framework.as_ref(), lang, |id| used.contains(&id));
    competences.sort_by(|a, b| a.value.cmp(&b.value));
    let competence_codes: Vec<&str> = competences.iter().map(|c| c.value.as_str()).collect();
    let competence = raw.one_of("competence", &competence_codes, &mut ignored);

    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let texts = Texts::<resource_translation::Model>::load(db, &ids).await?;
    let matching: Vec<&resource::Model> = lists::keep(words.as_ref(), rows.iter().collect(), |r| r.id)
        .into_iter()
        .filter(|r| kind.as_deref().is_none_or(|k| r.kind.code() == k))
        .filter(|r| licence.as_deref().is_none_or(|l| r.licence.code() == l))
        .filter(|r| {
            organisation.as_deref().is_none_or(|slug| {
                r.organisation_id
                    .and_then(|id| related.organisations.get(&id))
                    .is_some_and(|o| o.slug == slug)
            })
        })
        .filter(|r| {
            language.as_deref().is_none_or(|l| {
                related
                    .languages
                    .get(&r.id)
                    .is_some_and(|langs| langs.iter().any(|x| x.code() == l))
            })
        })
        .filter(|r| {
            competence.as_deref().is_none_or(|code| {
                related
                    .competences
                    .get(&r.id)
                    .is_some_and(|cs| cs.iter().any(|c| codes.get(c).is_some_and(|x| x == code)))
            })
        })
        .collect();
    let info = PageInfo::new(page, matching.len() as u64, &mut ignored);
    let items = matching
        .into_iter()
        .skip(info.offset() as usize)
        .take(PAGE_SIZE as usize)
        .map(|r| card(r, &texts, &related, lang))
        .collect();

    let mut applied = Vec::new();
    if !q.is_empty() {
        applied.push(("q".to_string(), q.clone()));
    }
    for (name, value) in [
        ("kind", &kind),
        ("competence", &competence),
        ("lang", &language),
        ("licence", &licence),
        ("organisation", &organisation),
    ] {
        if let Some(value) = value {
            applied.push((name.to_string(), value.clone()));
        }
    }
    let path = crate::web::urls::Route::Resources.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let alternatives = lists::alternatives(
        db,
        search,
        &[Kind::Resource],
        &path,
        &applied,
        info.total,
        searched,
    )
    .await?;
    Ok(ResourceListPage {
        alternatives,
        items,
        page: info,
        q,
        kind,
        competence,
        language,
        licence,
        organisation,
        organisations,
        competences,
        applied,
        ignored,
    })
}

/// One published resource by slug.
pub async fn detail(db: &impl ConnectionTrait, lang: Lang, slug: &str) -> Result<ResourceDetail, AppError> {
    if !is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let row = resource::Entity::find()
        .filter(resource::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    match row.status {
        ContentStatus::Published => {}
        ContentStatus::Archived => return Err(AppError::Gone),
        _ => return Err(AppError::NotFound),
    }
    let rows = vec![row];
    let related = related(db, &rows).await?;
    let row = &rows[0];
    let texts = Texts::<resource_translation::Model>::load(db, &[row.id]).await?;
    let card = card(row, &texts, &related, lang);
    let body = texts
        .pick(row.id, row.original_lang, lang)
        .map(|(t, _)| t.body_md.clone())
        .unwrap_or_default();
    let mut audiences: Vec<Audience> = resource_audience::Entity::find()
        .filter(resource_audience::Column::ResourceId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.audience)
        .collect();
    audiences.sort_by_key(|a| Audience::ALL.iter().position(|x| x == a));
    let competence_ids = related.competences.get(&row.id).cloned().unwrap_or_default();
    let framework = Framework::current(db).await?;
    let mut competences: Vec<(String, String, Lang)> = competence::Entity::find()
        .filter(competence::Column::Id.is_in(competence_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| {
            let label = framework
                .as_ref()
                .map(|f| f.label(&format!("competence:{}", c.code), lang))
                .map(|l| (l.text, l.lang))
                .unwrap_or((c.code.clone(), lang));
            (c.code, label.0, label.1)
        })
        .collect();
    competences.sort();
    Ok(ResourceDetail {
        card,
        body_html: to_safe_html(&body),
        audiences,
        competences,
    })
}
