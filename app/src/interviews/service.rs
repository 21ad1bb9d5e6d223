//! Interview queries. Lists load in a fixed number of queries, whatever the number of items.

use super::model::{InterviewCard, InterviewDetail, InterviewListPage, ItemLink};
use crate::catalogue::codes::COUNTRIES;
use crate::catalogue::query::{Ignored, RawQuery};
use crate::content::items::unpublished;
use crate::content::text::Texts;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{interview, interview_translation, job_profile, organisation};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::held::SiteSearch;
use crate::search::index::Kind;
use crate::search::lists;

/// The texts of job profiles.
type JobTexts = crate::content::text::Texts<crate::entities::job_profile_translation::Model>;
use crate::ui::filters::Choice;
use crate::ui::markdown::to_safe_html;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Select};
use std::collections::HashMap;

fn published() -> Select<interview::Entity> {
    interview::Entity::find()
        .filter(interview::Column::Status.eq(ContentStatus::Published))
        .order_by_desc(interview::Column::PublishedOn)
        .order_by_desc(interview::Column::Id)
}

/// The interview list, searched by words (`?q=`, the best match first), filtered by job profile
/// (`?job=slug`) and country (`?country=FR`), paged.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    lang: Lang,
    query: &str,
) -> Result<InterviewListPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let page = raw.page(&mut ignored);
    let q = lists::q_of(&raw);
    let words = lists::list_words(db, search, Kind::Interview, &q).await?;
    let country = raw.one_of("country", &COUNTRIES, &mut ignored);

    // Every published profile, for the filter and to check the `job` value (3 queries).
    let profiles = job_profile::Entity::find()
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?;
    let profile_texts = JobTexts::load(db, &profiles.iter().map(|p| p.id).collect::<Vec<_>>()).await?;
    let mut jobs: Vec<Choice> = profiles
        .iter()
        .filter_map(|p| {
            profile_texts
                .pick(p.id, p.original_lang, lang)
                .map(|(t, _)| Choice {
                    value: p.slug.clone(),
                    label: t.title.clone(),
                })
        })
        .collect();
    jobs.sort_by_cached_key(|c| deunicode::deunicode(&c.label).to_lowercase());
    let job_slugs: Vec<&str> = jobs.iter().map(|c| c.value.as_str()).collect();
    let job = raw.one_of("job", &job_slugs, &mut ignored);

    let mut select = published();
    if let Some(slug) = &job {
        if let Some(p) = profiles.iter().find(|p| &p.slug == slug) {
            select = select.filter(interview::Column::JobProfileId.eq(p.id));
        }
    }
    if let Some(code) = &country {
        select = select.filter(interview::Column::Country.eq(code.as_str()));
    }
    let (info, rows) = lists::page_of(
        db,
        select,
        interview::Column::Id,
        |r| r.id,
        words.as_ref(),
        page,
        &mut ignored,
    )
    .await?;
    let items = cards(db, lang, rows).await?;

    let mut applied = Vec::new();
    if !q.is_empty() {
        applied.push(("q".to_string(), q.clone()));
    }
    if let Some(j) = &job {
        applied.push(("job".to_string(), j.clone()));
    }
    if let Some(c) = &country {
        applied.push(("country".to_string(), c.clone()));
    }
    let path = crate::web::urls::Route::Interviews.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let alternatives = lists::alternatives(
        db,
        search,
        &[Kind::Interview],
        &path,
        &applied,
        info.total,
        searched,
    )
    .await?;
    Ok(InterviewListPage {
        items,
        q,
        alternatives,
        page: info,
        jobs,
        job,
        country,
        applied,
        ignored,
    })
}

/// Interviews of people doing a job profile.
pub async fn for_job_profile(
    db: &impl ConnectionTrait,
    lang: Lang,
    job_profile_id: i32,
) -> Result<Vec<InterviewCard>, AppError> {
    let rows = published()
        .filter(interview::Column::JobProfileId.eq(job_profile_id))
        .all(db)
        .await?;
    cards(db, lang, rows).await
}

/// Interviews of people working at an organisation.
pub async fn for_organisation(
    db: &impl ConnectionTrait,
    lang: Lang,
    organisation_id: i32,
) -> Result<Vec<InterviewCard>, AppError> {
    let rows = published()
        .filter(interview::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?;
    cards(db, lang, rows).await
}

/// Cards for `rows`, in their order (4 queries whatever their number).
pub async fn cards(
    db: &impl ConnectionTrait,
    lang: Lang,
    rows: Vec<interview::Model>,
) -> Result<Vec<InterviewCard>, AppError> {
    Ok(with_texts(db, lang, rows)
        .await?
        .into_iter()
        .map(|(card, _)| card)
        .collect())
}

/// Cards and the chosen translation's Markdown body.
async fn with_texts(
    db: &impl ConnectionTrait,
    lang: Lang,
    rows: Vec<interview::Model>,
) -> Result<Vec<(InterviewCard, String)>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let translations = Texts::<interview_translation::Model>::load(db, &ids).await?;
    let org_ids: Vec<i32> = rows.iter().filter_map(|r| r.organisation_id).collect();
    let orgs: HashMap<i32, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let job_ids: Vec<i32> = rows.iter().filter_map(|r| r.job_profile_id).collect();
    let jobs: HashMap<i32, job_profile::Model> = job_profile::Entity::find()
        .filter(job_profile::Column::Id.is_in(job_ids.clone()))
        .filter(job_profile::Column::Status.eq(ContentStatus::Published))
        .all(db)
        .await?
        .into_iter()
        .map(|j| (j.id, j))
        .collect();
    let job_texts = JobTexts::load(db, &job_ids).await?;

    let mut out = Vec::new();
    for row in rows {
        let original = row.original_lang;
        let Some((text, shown)) = translations.pick(row.id, original, lang) else {
            continue;
        };
        let organisation = row
            .organisation_id
            .and_then(|id| orgs.get(&id))
            .map(|o| ItemLink {
                slug: o.slug.clone(),
                title: o.name.clone(),
                lang: o.original_lang,
            });
        let job_profile = row.job_profile_id.and_then(|id| jobs.get(&id)).and_then(|j| {
            job_texts
                .pick(j.id, j.original_lang, lang)
                .map(|(t, shown)| ItemLink {
                    slug: j.slug.clone(),
                    title: t.title.clone(),
                    lang: shown,
                })
        });
        let portrait = crate::ui::picture::Picture::portrait_of(&row);
        out.push((
            InterviewCard {
                portrait,
                slug: row.slug,
                person_name: row.person_name,
                role: text.role.clone(),
                title: text.title.clone(),
                quote: text.quote.clone(),
                lang: shown,
                country: row.country,
                published_on: row.published_on.format("%Y-%m-%d").to_string(),
                organisation,
                job_profile,
            },
            text.body_md.clone(),
        ));
    }
    Ok(out)
}

/// One published interview.
pub async fn detail(db: &impl ConnectionTrait, lang: Lang, slug: &str) -> Result<InterviewDetail, AppError> {
    if !crate::catalogue::query::is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let Some(row) = published()
        .filter(interview::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Err(unpublished(db, ContentKind::Interview, slug).await);
    };
    let (card, body) = with_texts(db, lang, vec![row])
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    Ok(InterviewDetail {
        card,
        body_html: to_safe_html(&body),
        webinars: Vec::new(),
    })
}
