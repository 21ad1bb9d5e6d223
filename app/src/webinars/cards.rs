//! A webinar card and what it needs beside the webinar's row, read for a whole list at once:
//! texts, organisations, competences, job profiles.

use super::model::{Seats, WebinarCard};
use super::when::when;
use crate::content::text::Texts;
use crate::content::ContentStatus;
use crate::entities::{
    job_profile, job_profile_translation, organisation, webinar, webinar_competence, webinar_job_profile,
    webinar_translation,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ui::filters::Choice;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// What the cards of `rows` need.
pub struct Related {
    pub texts: Texts<webinar_translation::Model>,
    pub organisations: HashMap<i32, organisation::Model>,
    /// Competence ids by webinar id.
    pub competences: HashMap<i32, Vec<i32>>,
    /// Job profile ids by webinar id.
    pub jobs: HashMap<i32, Vec<i32>>,
    job_slugs: HashMap<i32, String>,
}

fn grouped(pairs: impl Iterator<Item = (i32, i32)>) -> HashMap<i32, Vec<i32>> {
    let mut all: HashMap<i32, Vec<i32>> = HashMap::new();
    for (owner, other) in pairs {
        all.entry(owner).or_default().push(other);
    }
    all
}

impl Related {
    pub async fn load(db: &impl ConnectionTrait, rows: &[webinar::Model]) -> Result<Related, AppError> {
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let organisations = organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(rows.iter().filter_map(|r| r.organisation_id)))
            .filter(organisation::Column::Status.eq(ContentStatus::Published))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let competences = grouped(
            webinar_competence::Entity::find()
                .filter(webinar_competence::Column::WebinarId.is_in(ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|c| (c.webinar_id, c.competence_id)),
        );
        let jobs = grouped(
            webinar_job_profile::Entity::find()
                .filter(webinar_job_profile::Column::WebinarId.is_in(ids.clone()))
                .all(db)
                .await?
                .into_iter()
                .map(|j| (j.webinar_id, j.job_profile_id)),
        );
        let job_slugs = job_profile::Entity::find()
            .filter(job_profile::Column::Id.is_in(jobs.values().flatten().copied()))
            .filter(job_profile::Column::Status.eq(ContentStatus::Published))
            .all(db)
            .await?
            .into_iter()
            .map(|j| (j.id, j.slug))
            .collect();
        Ok(Related {
            texts: Texts::load(db, &ids).await?,
            organisations,
            competences,
            jobs,
            job_slugs,
        })
    }

    /// The text of `row` in `lang` (or its fallback) and the language it is in.
    pub fn text(&self, row: &webinar::Model, lang: Lang) -> Option<(&webinar_translation::Model, Lang)> {
        self.texts.pick(row.id, row.original_lang, lang)
    }

    /// The transcript in `lang`, else in the language the page's text is in, else any.
    pub fn transcript(&self, row: &webinar::Model, lang: Lang) -> Option<String> {
        let shown = self.text(row, lang)?.0.transcript_md.clone();
        shown.filter(|t| !t.trim().is_empty()).or_else(|| {
            self.texts
                .all(row.id)
                .iter()
                .find_map(|t| t.transcript_md.clone().filter(|t| !t.trim().is_empty()))
        })
    }

    pub fn has_transcript(&self, id: i32) -> bool {
        self.texts
            .all(id)
            .iter()
            .any(|t| t.transcript_md.as_ref().is_some_and(|t| !t.trim().is_empty()))
    }

    pub fn organisation_slug(&self, row: &webinar::Model) -> Option<&str> {
        row.organisation_id
            .and_then(|id| self.organisations.get(&id))
            .map(|o| o.slug.as_str())
    }

    pub fn has_job(&self, id: i32, slug: &str) -> bool {
        self.jobs.get(&id).is_some_and(|js| {
            js.iter()
                .any(|j| self.job_slugs.get(j).is_some_and(|s| s == slug))
        })
    }

    /// The job profiles the webinars relate to, as filter choices (slug, title in `lang`).
    pub async fn job_choices(&self, db: &impl ConnectionTrait, lang: Lang) -> Result<Vec<Choice>, AppError> {
        let ids: Vec<i32> = self.job_slugs.keys().copied().collect();
        let profiles = job_profile::Entity::find()
            .filter(job_profile::Column::Id.is_in(ids.clone()))
            .all(db)
            .await?;
        let texts = Texts::<job_profile_translation::Model>::load(db, &ids).await?;
        let mut choices: Vec<Choice> = profiles
            .iter()
            .map(|p| Choice {
                value: p.slug.clone(),
                label: texts
                    .pick(p.id, p.original_lang, lang)
                    .map(|(t, _)| t.title.clone())
                    .unwrap_or_else(|| p.slug.clone()),
            })
            .collect();
        choices.sort_by_cached_key(|c| crate::catalogue::words::fold(&c.label));
        Ok(choices)
    }
}

/// The card of `row` for a reader of `lang` in `reader_zone`, at `now`.
pub fn card(
    row: &webinar::Model,
    related: &Related,
    lang: Lang,
    reader_zone: &str,
    now: DateTime<Utc>,
) -> WebinarCard {
    let (title, text_lang) = related
        .text(row, lang)
        .map(|(t, l)| (t.title.clone(), l))
        .unwrap_or_else(|| (row.slug.clone(), row.original_lang));
    let end = row.starts_at + Duration::minutes(i64::from(row.duration_minutes));
    let upcoming = end >= now;
    let seats = match row.capacity {
        _ if !upcoming || !row.registration_open || row.starts_at <= now => Seats::Closed,
        None => Seats::Open,
        Some(capacity) if row.seats_taken >= capacity => Seats::WaitingList,
        Some(capacity) => Seats::Left(capacity - row.seats_taken),
    };
    WebinarCard {
        slug: row.slug.clone(),
        title,
        lang: text_lang,
        spoken: row.lang,
        organisation: row
            .organisation_id
            .and_then(|id| related.organisations.get(&id))
            .map(|o| (o.slug.clone(), o.name.clone())),
        logo: row
            .organisation_id
            .and_then(|id| related.organisations.get(&id))
            .map(crate::ui::picture::Logo::of),
        starts_at: row.starts_at.to_rfc3339(),
        when: when(row.starts_at, row.duration_minutes, reader_zone, lang),
        own_when: (row.time_zone != reader_zone)
            .then(|| when(row.starts_at, row.duration_minutes, &row.time_zone, lang)),
        duration_minutes: row.duration_minutes,
        seats,
        upcoming,
        replay: !upcoming && row.replay_url.is_some(),
        captions: row.captions,
        sign_language: row.sign_language,
        transcript: related.has_transcript(row.id),
    }
}
