//! The webinar form of the partner space, typed and checked (error codes are Fluent keys): the
//! day and time in the organiser's zone (a time the clocks skip is refused; a start in the past
//! only when it was changed, so a past webinar still takes its replay and transcript), duration,
//! seats, links, provisions; competences and job profiles are boxes (`competence_2.4`,
//! `job_data-steward`), speakers rows of fields (`speaker.1.name`).

use super::checks::{problem, required_text, valid_lang, valid_web_address};
use super::item_http::ItemForm;
use crate::content::snapshot::{joined, Snapshot};
use crate::content::ContentKind;
use crate::i18n::Lang;
use crate::web::flash::Message;
use crate::web::forms::Submission;
use crate::webinars::editing::{instant, speaker_field, SPEAKERS};
use serde::Deserialize;
use validator::{Validate, ValidationError};

/// The longest webinar, in minutes.
pub const MAX_MINUTES: i32 = 480;
/// The most seats a webinar may have.
pub const MAX_SEATS: i32 = 10_000;

/// `POST /{lang}/partner/webinars/new` and `/{lang}/partner/webinars/{id}`.
#[derive(Debug, Default, Deserialize, Validate)]
pub struct WebinarForm {
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    #[validate(custom(function = "valid_title"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "valid_description"))]
    pub description_md: String,
    #[serde(default)]
    #[validate(length(max = 100000, code = "partner-error-too-long"))]
    pub transcript_md: String,
    #[serde(default)]
    #[validate(custom(function = "valid_day"))]
    pub starts_on: String,
    #[serde(default)]
    #[validate(custom(function = "valid_time"))]
    pub starts_time: String,
    /// The day and time as the form was opened ("2027-01-12 18:00 Europe/Paris"; empty for a
    /// new webinar): a start in the past is refused only when it changed.
    #[serde(default)]
    pub was_start: String,
    #[serde(default)]
    #[validate(custom(function = "valid_zone"))]
    pub time_zone: String,
    #[serde(default)]
    #[validate(custom(function = "valid_duration"))]
    pub duration_minutes: String,
    #[serde(default)]
    #[validate(custom(function = "valid_capacity"))]
    pub capacity: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub spoken_lang: String,
    #[serde(default)]
    #[validate(custom(function = "valid_web_address"))]
    pub join_url: String,
    #[serde(default)]
    #[validate(custom(function = "valid_web_address"))]
    pub replay_url: String,
    #[serde(default)]
    pub captions: String,
    #[serde(default)]
    pub sign_language: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub original_lang: String,
    /// The ticked competences' codes (read by `read`, checked against the framework on save).
    #[serde(skip)]
    pub competences: Vec<String>,
    /// The ticked job profiles' slugs.
    #[serde(skip)]
    pub jobs: Vec<String>,
    /// Each speaker row with a name: name, role, interview slug, organisation slug.
    #[serde(skip)]
    pub speakers: Vec<[String; 4]>,
}

/// What a speaker row holds, in the order of `WebinarForm::speakers`.
pub const SPEAKER_FIELDS: [&str; 4] = ["name", "role", "interview", "organisation"];

impl WebinarForm {
    pub fn original_lang(&self) -> Lang {
        Lang::parse(&self.original_lang).unwrap_or(Lang::En)
    }

    /// "2027-01-12 18:00 Europe/Paris": the start as typed.
    pub fn start_as_typed(&self) -> String {
        format!(
            "{} {} {}",
            self.starts_on.trim(),
            self.starts_time.trim(),
            self.time_zone.trim()
        )
    }

    /// The language-neutral fields, by name (as `webinars::editing` reads and writes them);
    /// speakers move up to fill the rows left empty.
    pub fn fields(&self) -> Vec<(String, String)> {
        let tick = |on: &str| if on.is_empty() { "" } else { "yes" }.to_string();
        let mut fields: Vec<(String, String)> = [
            ("starts_on", self.starts_on.trim().to_string()),
            ("starts_time", self.starts_time.trim().to_string()),
            ("time_zone", self.time_zone.trim().to_string()),
            ("duration_minutes", self.duration_minutes.trim().to_string()),
            ("capacity", self.capacity.trim().to_string()),
            ("spoken_lang", self.spoken_lang.trim().to_string()),
            ("join_url", self.join_url.trim().to_string()),
            ("replay_url", self.replay_url.trim().to_string()),
            ("captions", tick(&self.captions)),
            ("sign_language", tick(&self.sign_language)),
            ("competences", joined(self.competences.iter().map(String::as_str))),
            ("job_profiles", joined(self.jobs.iter().map(String::as_str))),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        for n in 1..=SPEAKERS {
            let row = self.speakers.get(n - 1);
            for (i, name) in SPEAKER_FIELDS.iter().enumerate() {
                let value = row.map(|r| r[i].clone()).unwrap_or_default();
                fields.push((speaker_field(n, name), value));
            }
        }
        fields
    }

    /// The text fields, in the webinar's original language.
    pub fn texts(&self) -> [(&'static str, String); 3] {
        [
            ("title", self.title.trim().to_string()),
            ("description_md", self.description_md.trim().to_string()),
            ("transcript_md", self.transcript_md.trim().to_string()),
        ]
    }
}

impl ItemForm for WebinarForm {
    const KIND: ContentKind = ContentKind::Webinar;

    fn version(&self) -> i32 {
        self.version.unwrap_or(-1)
    }

    fn read(form: &mut Submission) -> Option<Self> {
        let parsed = form.parse::<WebinarForm>();
        let competences = form.ticked("competence_");
        if competences.len() > 5 {
            form.reject("competences", Message::new("resources-error-competences"));
        }
        let jobs = form.ticked("job_");
        let mut speakers = Vec::new();
        for n in 1..=SPEAKERS {
            let row: [String; 4] = SPEAKER_FIELDS.map(|name| form.text(&speaker_field(n, name)));
            if row[0].is_empty() {
                if !row[1].is_empty() {
                    form.reject(&speaker_field(n, "name"), Message::new("form-error-missing"));
                }
                continue;
            }
            for (i, max) in [(0, 200), (1, 300)] {
                if row[i].chars().count() > max {
                    form.reject(
                        &speaker_field(n, SPEAKER_FIELDS[i]),
                        Message::new("partner-error-too-long").with("max", max as i64),
                    );
                }
            }
            speakers.push(row);
        }
        let mut value = parsed?;
        match instant(&value.starts_on, &value.starts_time, &value.time_zone) {
            None => form.reject("starts_time", Message::new("webinars-error-time-skipped")),
            Some(start) => {
                let changed = value.was_start.trim() != value.start_as_typed();
                if changed && start < chrono::Utc::now() {
                    form.reject("starts_on", Message::new("webinars-error-start-past"));
                }
            }
        }
        value.competences = competences;
        value.jobs = jobs;
        value.speakers = speakers;
        form.is_valid().then_some(value)
    }

    fn create<'a>(
        &'a self,
        db: &'a sea_orm::DatabaseConnection,
        viewer: &'a crate::auth::model::Viewer,
        org: &'a crate::entities::organisation::Model,
    ) -> futures::future::BoxFuture<'a, Result<i32, crate::error::AppError>> {
        Box::pin(super::webinar_edit::create(db, viewer, org, self))
    }

    fn check<'a>(
        &'a self,
        db: &'a sea_orm::DatabaseConnection,
        id: i32,
    ) -> futures::future::BoxFuture<'a, Result<Vec<(&'static str, Message)>, crate::error::AppError>> {
        Box::pin(super::webinar_edit::check(db, id, self))
    }

    fn fill(&self, snapshot: &mut Snapshot, original: Lang) {
        for (name, value) in self.fields() {
            snapshot.fields.insert(name, value);
        }
        let text = snapshot.texts.entry(original).or_default();
        for (name, value) in self.texts() {
            text.insert(name.into(), value);
        }
    }
}

fn valid_title(value: &str) -> Result<(), ValidationError> {
    required_text(value, 200)
}

fn valid_description(value: &str) -> Result<(), ValidationError> {
    required_text(value, 20_000)
}

fn valid_day(value: &str) -> Result<(), ValidationError> {
    match super::checks::date(value) {
        Some(_) => Ok(()),
        None if value.trim().is_empty() => Err(problem("form-error-missing")),
        None => Err(problem("partner-error-date")),
    }
}

fn valid_time(value: &str) -> Result<(), ValidationError> {
    match chrono::NaiveTime::parse_from_str(value.trim(), "%H:%M") {
        Ok(_) => Ok(()),
        Err(_) if value.trim().is_empty() => Err(problem("form-error-missing")),
        Err(_) => Err(problem("webinars-error-time")),
    }
}

fn valid_zone(value: &str) -> Result<(), ValidationError> {
    crate::accounts::time_zone::is_valid(value.trim())
        .then_some(())
        .ok_or_else(|| problem("webinars-error-zone"))
}

/// A whole number from `min` to `max`.
fn number_in(value: &str, min: i32, max: i32, key: &'static str) -> Result<(), ValidationError> {
    match value.trim().parse::<i32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(()),
        _ => {
            let mut wrong = problem(key);
            wrong.add_param("max".into(), &max);
            Err(wrong)
        }
    }
}

fn valid_duration(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Err(problem("form-error-missing"));
    }
    number_in(value, 1, MAX_MINUTES, "webinars-error-duration")
}

/// Empty (no limit), or a number of seats.
fn valid_capacity(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Ok(());
    }
    number_in(value, 1, MAX_SEATS, "webinars-error-capacity")
}
