//! Organisation queries. Lists load in a fixed number of queries, whatever the number of items.

use super::model::{OrganisationCard, OrganisationDetail, OrganisationListPage};
use crate::catalogue::codes::{COUNTRIES, ORG_KINDS};
use crate::catalogue::query::{Ignored, RawQuery};
use crate::content::items::unpublished;
use crate::content::text::Texts;
use crate::content::{ContentKind, ContentStatus};
use crate::entities::{organisation, organisation_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::held::SiteSearch;
use crate::search::index::Kind;
use crate::search::lists;
use crate::ui::markdown::to_safe_html;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The directory, searched by words (`?q=`, the best match first), filtered by country
/// (`?country=BE`) and kind (`?kind=cooperative`), paged.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    lang: Lang,
    query: &str,
) -> Result<OrganisationListPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let page = raw.page(&mut ignored);
    let q = lists::q_of(&raw);
    let words = lists::list_words(db, search, Kind::Organisation, &q).await?;
    let country = raw.one_of("country", &COUNTRIES, &mut ignored);
    let kind = raw.one_of("kind", &ORG_KINDS, &mut ignored);

    let mut select = organisation::Entity::find()
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .order_by_asc(organisation::Column::Name);
    if let Some(c) = &country {
        select = select.filter(organisation::Column::Country.eq(c.as_str()));
    }
    if let Some(k) = &kind {
        select = select.filter(organisation::Column::Kind.eq(k.as_str()));
    }
    let (info, rows) = lists::page_of(
        db,
        select,
        organisation::Column::Id,
        |r| r.id,
        words.as_ref(),
        page,
        &mut ignored,
    )
    .await?;
    let items = cards(db, lang, rows)
        .await?
        .into_iter()
        .map(|(card, _)| card)
        .collect();

    let mut applied = Vec::new();
    if !q.is_empty() {
        applied.push(("q".to_string(), q.clone()));
    }
    if let Some(c) = &country {
        applied.push(("country".to_string(), c.clone()));
    }
    if let Some(k) = &kind {
        applied.push(("kind".to_string(), k.clone()));
    }
    let path = crate::web::urls::Route::Organisations.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let alternatives = lists::alternatives(
        db,
        search,
        &[Kind::Organisation],
        &path,
        &applied,
        info.total,
        searched,
    )
    .await?;
    Ok(OrganisationListPage {
        items,
        q,
        alternatives,
        page: info,
        country,
        kind,
        applied,
        ignored,
    })
}

/// Cards with their full Markdown description (1 query whatever their number).
async fn cards(
    db: &impl ConnectionTrait,
    lang: Lang,
    rows: Vec<organisation::Model>,
) -> Result<Vec<(OrganisationCard, String)>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let texts = Texts::<organisation_translation::Model>::load(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let original = row.original_lang;
            let (description, shown) = texts
                .pick(row.id, original, lang)
                .map(|(text, shown)| (text.description.clone(), shown))
                .unwrap_or((String::new(), original));
            let summary = first_paragraph(&description);
            let logo = crate::ui::picture::Logo::of(&row);
            (
                OrganisationCard {
                    logo,
                    slug: row.slug,
                    name: row.name,
                    kind: row.kind,
                    country: row.country,
                    city: row.city,
                    verified: row.verified,
                    summary,
                    lang: shown,
                },
                description,
            )
        })
        .collect())
}

/// The first paragraph of a Markdown text, without its inline markup.
fn first_paragraph(markdown: &str) -> String {
    let para = markdown
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty())
        .unwrap_or("");
    para.replace(['*', '_', '`', '#'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One published organisation with the interviews of people who work there.
pub async fn detail(
    db: &impl ConnectionTrait,
    lang: Lang,
    slug: &str,
) -> Result<(OrganisationDetail, i32), AppError> {
    if !crate::catalogue::query::is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let Some(row) = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .one(db)
        .await?
    else {
        return Err(unpublished(db, ContentKind::Organisation, slug).await);
    };
    let id = row.id;
    let website = row.website.clone();
    let (card, description) = cards(db, lang, vec![row])
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let detail = OrganisationDetail {
        card,
        website,
        description_html: to_safe_html(&description),
        interviews: Vec::new(),
        offers: Vec::new(),
        webinars: Vec::new(),
    };
    Ok((detail, id))
}
