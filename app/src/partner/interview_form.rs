//! The interview form of the partner space, typed and checked (error codes are Fluent keys).

use super::checks::{problem, required_text, valid_lang};
use super::item_http::ItemForm;
use crate::catalogue::codes::COUNTRIES;
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::i18n::Lang;
use serde::Deserialize;
use validator::{Validate, ValidationError};

/// `POST /{lang}/partner/interviews/new` and `/{lang}/partner/interviews/{id}`.
#[derive(Debug, Deserialize, Validate)]
pub struct InterviewForm {
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    #[validate(custom(function = "valid_person"))]
    pub person_name: String,
    #[serde(default)]
    #[validate(custom(function = "valid_title"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "valid_role"))]
    pub role: String,
    #[serde(default)]
    #[validate(custom(function = "valid_quote"))]
    pub quote: String,
    #[serde(default)]
    #[validate(custom(function = "valid_body"))]
    pub body_md: String,
    #[serde(default)]
    #[validate(custom(function = "valid_country"))]
    pub country: String,
    /// A job profile's slug, or empty (checked against the published profiles when saved).
    #[serde(default)]
    #[validate(length(max = 120, code = "form-error-invalid"))]
    pub job_profile: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub original_lang: String,
}

impl InterviewForm {
    pub fn original_lang(&self) -> Lang {
        Lang::parse(&self.original_lang).unwrap_or(Lang::En)
    }
}

impl ItemForm for InterviewForm {
    const KIND: ContentKind = ContentKind::Interview;

    fn version(&self) -> i32 {
        self.version.unwrap_or(-1)
    }

    fn create<'a>(
        &'a self,
        db: &'a sea_orm::DatabaseConnection,
        viewer: &'a crate::auth::model::Viewer,
        org: &'a crate::entities::organisation::Model,
    ) -> futures::future::BoxFuture<'a, Result<i32, crate::error::AppError>> {
        Box::pin(super::interview_edit::create(db, viewer, org, self))
    }

    fn fill(&self, snapshot: &mut Snapshot, original: Lang) {
        for (name, value) in [
            ("person_name", &self.person_name),
            ("country", &self.country),
            ("job_profile", &self.job_profile),
        ] {
            snapshot.fields.insert(name.into(), value.trim().to_string());
        }
        let text = snapshot.texts.entry(original).or_default();
        for (name, value) in [
            ("title", &self.title),
            ("role", &self.role),
            ("quote", &self.quote),
            ("body_md", &self.body_md),
        ] {
            text.insert(name.into(), value.trim().to_string());
        }
    }
}

fn valid_person(value: &str) -> Result<(), ValidationError> {
    required_text(value, 200)
}

fn valid_title(value: &str) -> Result<(), ValidationError> {
    required_text(value, 300)
}

fn valid_role(value: &str) -> Result<(), ValidationError> {
    required_text(value, 200)
}

fn valid_quote(value: &str) -> Result<(), ValidationError> {
    required_text(value, 1000)
}

fn valid_body(value: &str) -> Result<(), ValidationError> {
    required_text(value, 30_000)
}

fn valid_country(value: &str) -> Result<(), ValidationError> {
    COUNTRIES
        .contains(&value)
        .then_some(())
        .ok_or_else(|| problem("form-error-invalid"))
}
