//! Reading and naming items of any kind by their table: what permissions need to know about an
//! item, its version and slug, a free slug for a new one. Every content table has `id`, `slug`,
//! `status` and `version` (see "Adding a content type").

use super::kind::{ContentKind, Owner};
use crate::auth::permissions::Item;
use crate::entities::{interview, job_profile, offer, organisation, pathway, resource, webinar};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

/// What the write path needs to know about an existing item, read from its table.
pub async fn item(db: &impl ConnectionTrait, kind: ContentKind, id: i32) -> Result<Option<Item>, DbErr> {
    let found = match kind {
        ContentKind::Organisation => organisation::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (Some(r.id), r.status)),
        ContentKind::JobProfile => job_profile::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (None, r.status)),
        ContentKind::Interview => interview::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (r.organisation_id, r.status)),
        ContentKind::Offer => offer::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (Some(r.organisation_id), r.status)),
        ContentKind::Pathway => pathway::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (r.organisation_id, r.status)),
        ContentKind::Resource => resource::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (r.organisation_id, r.status)),
        ContentKind::Webinar => webinar::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (r.organisation_id, r.status)),
        // Frameworks are versioned data, not edited through the content core.
        ContentKind::Framework => None,
    };
    Ok(found.map(|(organisation, status)| Item {
        kind,
        owner: Owner::of(kind, organisation),
        status,
    }))
}

/// The table of a kind of item (`None` for frameworks: versioned data, not content items
/// with their own tables).
pub fn table(kind: ContentKind) -> Option<&'static str> {
    match kind {
        ContentKind::Organisation => Some("organisations"),
        ContentKind::JobProfile => Some("job_profiles"),
        ContentKind::Interview => Some("interviews"),
        ContentKind::Offer => Some("offers"),
        ContentKind::Pathway => Some("pathways"),
        ContentKind::Resource => Some("resources"),
        ContentKind::Webinar => Some("webinars"),
        ContentKind::Framework => None,
    }
}

/// The version of item `kind`/`id` (0 when it has none).
pub async fn version(db: &impl ConnectionTrait, kind: ContentKind, id: i32) -> Result<i32, DbErr> {
    let Some(table) = table(kind) else {
        return Ok(0);
    };
    let select = Query::select()
        .column(Alias::new("version"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    Ok(match db.query_one(&select).await? {
        Some(row) => row.try_get::<i32>("", "version")?,
        None => 0,
    })
}

/// The id of the item of `kind` with `slug`, if any.
pub async fn id_by_slug(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    slug: &str,
) -> Result<Option<i32>, DbErr> {
    let Some(table) = table(kind) else {
        return Ok(None);
    };
    let select = Query::select()
        .column(Alias::new("id"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("slug")).eq(slug))
        .to_owned();
    match db.query_one(&select).await? {
        Some(row) => Ok(Some(row.try_get::<i32>("", "id")?)),
        None => Ok(None),
    }
}

/// The slug of item `kind`/`id` (empty when it has none).
pub async fn slug(db: &impl ConnectionTrait, kind: ContentKind, id: i32) -> Result<String, DbErr> {
    let Some(table) = table(kind) else {
        return Ok(String::new());
    };
    let select = Query::select()
        .column(Alias::new("slug"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    Ok(match db.query_one(&select).await? {
        Some(row) => row.try_get::<String>("", "slug")?,
        None => String::new(),
    })
}

/// A slug made from `title` that no item of `kind` has yet (`animatrice-numerique`, `…-2`).
pub async fn free_slug(db: &impl ConnectionTrait, kind: ContentKind, title: &str) -> Result<String, DbErr> {
    let base: String = deunicode::deunicode(title)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(80)
        .collect();
    let base = base.trim_end_matches('-').to_string();
    let base = if base.is_empty() {
        kind.code().replace('_', "-")
    } else {
        base
    };
    let Some(table) = table(kind) else {
        return Ok(base);
    };
    for n in 1..100 {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken = Query::select()
            .column(Alias::new("id"))
            .from(Alias::new(table))
            .and_where(Expr::col(Alias::new("slug")).eq(slug.clone()))
            .to_owned();
        if db.query_one(&taken).await?.is_none() {
            return Ok(slug);
        }
    }
    Ok(format!("{base}-{}", chrono::Utc::now().timestamp()))
}

/// Raises the version of item `kind`/`id` (a change made without the editor's form: an
/// approved revision), so a form opened before it is refused.
pub async fn raise_version(db: &impl ConnectionTrait, kind: ContentKind, id: i32) -> Result<(), DbErr> {
    let Some(table) = table(kind) else {
        return Ok(());
    };
    let update = Query::update()
        .table(Alias::new(table))
        .value(Alias::new("version"), Expr::col(Alias::new("version")).add(1))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    db.execute(&update).await?;
    Ok(())
}

/// Why no published item of `kind` answers at `slug`: `Gone` when one was archived (withdrawn:
/// its page says so with a 410), else `NotFound` (a draft's existence is nobody else's business).
pub async fn unpublished(db: &impl ConnectionTrait, kind: ContentKind, slug: &str) -> crate::error::AppError {
    use crate::error::AppError;
    let Some(table) = table(kind) else {
        return AppError::NotFound;
    };
    let select = Query::select()
        .column(Alias::new("status"))
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new("slug")).eq(slug))
        .to_owned();
    match db.query_one(&select).await {
        Ok(Some(row)) => match row.try_get::<String>("", "status") {
            Ok(status) if status == super::ContentStatus::Archived.code() => AppError::Gone,
            Ok(_) => AppError::NotFound,
            Err(e) => AppError::from(e),
        },
        Ok(None) => AppError::NotFound,
        Err(e) => AppError::from(e),
    }
}
