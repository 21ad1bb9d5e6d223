//! The job-profile form of the partner space (a proposal: a new profile, or a change to a
//! published one), typed and checked (error codes are Fluent keys). Its kinds of employer are
//! checkboxes (`kind_association`), its competences rows of two selects (`competence_rows`).

use super::checks::{required_text, valid_lang};
use super::competence_rows::pairs_from;
use super::item_http::ItemForm;
use super::job_model::JOB_COMPETENCE_ROWS;
use crate::catalogue::codes::competences_field;
use crate::catalogue::codes::ORG_KINDS;
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::i18n::Lang;
use crate::jobs::editing::employer_kinds_field;
use serde::Deserialize;
use std::collections::HashMap;
use validator::{Validate, ValidationError};

/// `POST /{lang}/partner/job-profiles/new` and `/{lang}/partner/job-profiles/{id}`.
#[derive(Debug, Deserialize, Validate)]
pub struct JobProfileForm {
    /// A string: numbers do not survive `flatten` in a form body.
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    #[validate(custom(function = "valid_title"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "valid_summary"))]
    pub summary: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lines"))]
    pub missions: String,
    #[serde(default)]
    #[validate(custom(function = "valid_summary"))]
    pub employers: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lines"))]
    pub routes: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub original_lang: String,
    /// The boxes and rows named at run time: `kind_…`, `competence_…`, `level_…`.
    #[serde(flatten)]
    pub rest: HashMap<String, String>,
}

impl JobProfileForm {
    pub fn original_lang(&self) -> Lang {
        Lang::parse(&self.original_lang).unwrap_or(Lang::En)
    }

    fn field(&self, name: &str) -> String {
        self.rest.get(name).cloned().unwrap_or_default()
    }

    /// The kinds of employer ticked, as stored.
    pub fn employer_kinds(&self) -> String {
        employer_kinds_field(
            ORG_KINDS
                .iter()
                .copied()
                .filter(|k| !self.field(&format!("kind_{k}")).is_empty()),
        )
    }
}

impl ItemForm for JobProfileForm {
    const KIND: ContentKind = ContentKind::JobProfile;

    fn version(&self) -> i32 {
        self.version.trim().parse().unwrap_or(-1)
    }

    fn fill(&self, snapshot: &mut Snapshot, original: Lang) {
        snapshot
            .fields
            .insert("employer_kinds".into(), self.employer_kinds());
        let pairs = pairs_from(|name| self.field(name), JOB_COMPETENCE_ROWS);
        snapshot
            .fields
            .insert("competences".into(), competences_field(&pairs));
        let text = snapshot.texts.entry(original).or_default();
        for (name, value) in [
            ("title", &self.title),
            ("summary", &self.summary),
            ("missions", &self.missions),
            ("employers", &self.employers),
            ("routes", &self.routes),
        ] {
            text.insert(name.into(), value.trim().to_string());
        }
    }
}

fn valid_title(value: &str) -> Result<(), ValidationError> {
    required_text(value, 200)
}

fn valid_summary(value: &str) -> Result<(), ValidationError> {
    required_text(value, 2_000)
}

fn valid_lines(value: &str) -> Result<(), ValidationError> {
    required_text(value, 4_000)
}
