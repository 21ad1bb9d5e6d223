//! The choices item forms offer: published job profiles (slug, title in the reader's language)
//! and the current framework's competences (code, "code label").

use crate::content::text::Texts;
use crate::entities::{job_profile, job_profile_translation};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Published job profiles (slug, title), by title.
pub async fn jobs(db: &impl ConnectionTrait, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    Ok(titled(db, lang)
        .await?
        .into_iter()
        .map(|(profile, title, _)| (profile.slug, title))
        .collect())
}

/// Published job profiles (id, title, the title's language), by title.
pub async fn job_ids(db: &impl ConnectionTrait, lang: Lang) -> Result<Vec<(i32, String, Lang)>, AppError> {
    Ok(titled(db, lang)
        .await?
        .into_iter()
        .map(|(profile, title, shown)| (profile.id, title, shown))
        .collect())
}

async fn titled(
    db: &impl ConnectionTrait,
    lang: Lang,
) -> Result<Vec<(job_profile::Model, String, Lang)>, AppError> {
    let profiles = job_profile::Entity::find()
        .filter(job_profile::Column::Status.eq(crate::content::ContentStatus::Published))
        .all(db)
        .await?;
    let ids: Vec<i32> = profiles.iter().map(|p| p.id).collect();
    let texts = Texts::<job_profile_translation::Model>::load(db, &ids).await?;
    let mut jobs: Vec<(job_profile::Model, String, Lang)> = profiles
        .into_iter()
        .map(|p| {
            let (title, shown) = texts
                .pick(p.id, p.original_lang, lang)
                .map(|(t, shown)| (t.title.clone(), shown))
                .unwrap_or_else(|| (p.slug.clone(), p.original_lang));
            (p, title, shown)
        })
        .collect();
    jobs.sort_by_key(|(_, title, _)| title.to_lowercase());
    Ok(jobs)
}

/// The current framework's competences, in its order.
pub async fn competences(db: &impl ConnectionTrait, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    let framework = crate::catalogue::framework::Framework::current(db).await?;
    Ok(
        crate::catalogue::framework::competence_choices(framework.as_ref(), lang, |_| true)
            .into_iter()
            .map(|c| (c.value, c.label))
            .collect(),
    )
}

/// Published interviews (slug, "person — title"), by person, for a speaker's link.
pub async fn interviews(db: &impl ConnectionTrait, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    use crate::entities::{interview, interview_translation};
    let rows = interview::Entity::find()
        .filter(interview::Column::Status.eq(crate::content::ContentStatus::Published))
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let texts = Texts::<interview_translation::Model>::load(db, &ids).await?;
    let mut all: Vec<(String, String)> = rows
        .into_iter()
        .map(|r| {
            let role = texts
                .pick(r.id, r.original_lang, lang)
                .map(|(t, _)| t.role.clone())
                .unwrap_or_default();
            (r.slug.clone(), format!("{} — {role}", r.person_name))
        })
        .collect();
    all.sort_by_key(|(_, label)| label.to_lowercase());
    Ok(all)
}

/// Published organisations (slug, name), by name.
pub async fn organisations(db: &impl ConnectionTrait) -> Result<Vec<(String, String)>, AppError> {
    use crate::entities::organisation;
    let mut all: Vec<(String, String)> = organisation::Entity::find()
        .filter(organisation::Column::Status.eq(crate::content::ContentStatus::Published))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.slug, o.name))
        .collect();
    all.sort_by_key(|(_, name)| name.to_lowercase());
    Ok(all)
}
