//! Server functions of the partner space.

use super::model::PartnerHome;
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The partner space for `query` (the raw query string: `org`, `status`, `kind`).
#[server(prefix = "/_server")]
pub async fn partner_overview(lang: Lang, query: String) -> Result<PartnerHome, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    super::service::home(&db, &viewer, lang, &query).await
}

/// The offer form: offer `id`, or a new offer of organisation `org` (the reader's first when
/// absent or not theirs).
#[server(prefix = "/_server")]
pub async fn offer_form(id: Option<i32>, org: Option<String>) -> Result<super::model::ItemEditor, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    match id {
        Some(id) => super::editing::item_editor(&db, &viewer, crate::content::ContentKind::Offer, id).await,
        None => {
            let org = super::editing::acting_org(&db, &viewer, org.as_deref()).await?;
            Ok(super::offer_edit::new_offer(&org))
        }
    }
}

/// Item `kind`/`id` written in language `to`, beside its original.
#[server(prefix = "/_server")]
pub async fn translation_form(
    kind: String,
    id: String,
    to: String,
) -> Result<super::model::TranslationEditor, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let kind = crate::content::ContentKind::parse(&kind).ok_or(AppError::NotFound)?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let to = Lang::parse(&to).ok_or(AppError::NotFound)?;
    super::translation::editor(&db, &viewer, kind, id, to).await
}

/// The resource form: resource `id`, or a new resource of organisation `org` (the reader's
/// first when absent or not theirs), with the competences to choose from.
#[server(prefix = "/_server")]
pub async fn resource_form(
    lang: Lang,
    id: Option<i32>,
    org: Option<String>,
) -> Result<super::model::ResourceFormData, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let editor = match id {
        Some(id) => super::resource_edit::resource_editor(&db, &viewer, id).await?,
        None => {
            let org = super::editing::acting_org(&db, &viewer, org.as_deref()).await?;
            super::resource_edit::new_resource(&org)
        }
    };
    let competences = super::choices::competences(&db, lang).await?;
    Ok(super::model::ResourceFormData { editor, competences })
}

/// A reader's translation of published item `segment`/`slug` into `lang`, the page's language.
#[server(prefix = "/_server")]
pub async fn proposal_form(
    lang: Lang,
    segment: String,
    slug: String,
) -> Result<super::model::TranslationEditor, AppError> {
    let viewer = crate::web::context::require_user()?;
    let db = crate::state::db()?;
    let kind = crate::content::ContentKind::from_segment(&segment).ok_or(AppError::NotFound)?;
    super::translation::proposal(&db, &viewer, kind, &slug, lang).await
}

/// The interview form: interview `id`, or a new interview of organisation `org`, with the
/// published job profiles to link it to.
#[server(prefix = "/_server")]
pub async fn interview_form(
    lang: Lang,
    id: Option<i32>,
    org: Option<String>,
) -> Result<super::model::InterviewFormData, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let editor = match id {
        Some(id) => {
            super::editing::item_editor(&db, &viewer, crate::content::ContentKind::Interview, id).await?
        }
        None => {
            let org = super::editing::acting_org(&db, &viewer, org.as_deref()).await?;
            super::interview_edit::new_interview(&org)
        }
    };
    let jobs = super::choices::jobs(&db, lang).await?;
    Ok(super::model::InterviewFormData { editor, jobs })
}

/// The profile form of organisation `id`.
#[server(prefix = "/_server")]
pub async fn profile_form(id: i32) -> Result<super::model::ItemEditor, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    super::editing::item_editor(&db, &viewer, crate::content::ContentKind::Organisation, id).await
}

/// The pathway form: pathway `id` with its outline, or a new pathway of organisation `org`,
/// with the job profiles and competences to choose from.
#[server(prefix = "/_server")]
pub async fn pathway_form(
    lang: Lang,
    id: Option<i32>,
    org: Option<String>,
) -> Result<super::pathway_model::PathwayFormData, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let (editor, steps) = match id {
        Some(id) => super::pathway_edit::pathway_form(&db, &viewer, id).await?,
        None => {
            let org = super::editing::acting_org(&db, &viewer, org.as_deref()).await?;
            (super::pathway_edit::new_pathway(&org), Vec::new())
        }
    };
    Ok(super::pathway_model::PathwayFormData {
        editor,
        jobs: super::choices::jobs(&db, lang).await?,
        competences: super::choices::competences(&db, lang).await?,
        steps,
    })
}

/// Step `n` of pathway `id` (addresses that are not numbers: not found).
#[server(prefix = "/_server")]
pub async fn step_form(id: String, n: String) -> Result<super::pathway_model::StepFormData, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
    let n = n.parse::<u32>().map_err(|_| AppError::NotFound)?;
    super::pathway_edit::step_form(&db, &viewer, id, n).await
}

/// The published job profiles an editor may propose a change to: (id, title, its language).
#[server(prefix = "/_server")]
pub async fn job_profiles_to_propose(lang: Lang) -> Result<Vec<(i32, String, Lang)>, AppError> {
    crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    super::choices::job_ids(&db, lang).await
}

/// The job-profile proposal form: published profile `id`, or a new one.
#[server(prefix = "/_server")]
pub async fn job_form(lang: Lang, id: Option<i32>) -> Result<super::job_model::JobFormData, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let editor = match id {
        Some(id) => {
            super::editing::item_editor(&db, &viewer, crate::content::ContentKind::JobProfile, id).await?
        }
        None => {
            let org = super::editing::acting_org(&db, &viewer, None).await?;
            super::editing::new_item(crate::content::ContentKind::JobProfile, &org, &[])
        }
    };
    Ok(super::job_model::JobFormData {
        editor,
        competences: super::choices::competences(&db, lang).await?,
    })
}

/// The webinar form: webinar `id`, or a new webinar of organisation `org`, with what its lists
/// offer.
#[server(prefix = "/_server")]
pub async fn webinar_form(
    lang: Lang,
    id: Option<i32>,
    org: Option<String>,
) -> Result<super::model::WebinarFormData, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let editor = match id {
        Some(id) => super::webinar_edit::webinar_editor(&db, &viewer, id).await?,
        None => {
            let org = super::editing::acting_org(&db, &viewer, org.as_deref()).await?;
            super::webinar_edit::new_webinar(&org)
        }
    };
    let zone = editor.values.get("time_zone").cloned().unwrap_or_default();
    Ok(super::model::WebinarFormData {
        competences: super::choices::competences(&db, lang).await?,
        jobs: super::choices::jobs(&db, lang).await?,
        interviews: super::choices::interviews(&db, lang).await?,
        organisations: super::choices::organisations(&db).await?,
        zones: crate::webinars::when::zone_choices(&zone),
        editor,
    })
}

/// The registrations of webinar `id`, for its organisers (and administrators).
#[server(prefix = "/_server")]
pub async fn webinar_registrations(lang: Lang, id: i32) -> Result<super::model::RegistrationsView, AppError> {
    let viewer = crate::web::context::require_role(crate::auth::model::Role::Editor)?;
    let db = crate::state::db()?;
    let zone = crate::web::context::reader_time_zone(lang);
    super::webinar_registrations::view(&db, &viewer, lang, id, &zone).await
}
