//! The organisation profile form of the partner space: a change of the published profile,
//! reviewed by the moderators.

use super::checks::{problem, required_text, valid_web_address};
use super::item_http::ItemForm;
use crate::catalogue::codes::ORG_KINDS;
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::i18n::Lang;
use serde::Deserialize;
use validator::{Validate, ValidationError};

/// `POST /{lang}/partner/organisations/{id}`.
#[derive(Debug, Deserialize, Validate)]
pub struct ProfileForm {
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    #[validate(custom(function = "valid_name"))]
    pub name: String,
    #[serde(default)]
    #[validate(custom(function = "valid_kind"))]
    pub kind: String,
    #[serde(default)]
    #[validate(custom(function = "valid_city"))]
    pub city: String,
    #[serde(default)]
    #[validate(custom(function = "valid_web_address"))]
    pub website: String,
    #[serde(default)]
    #[validate(custom(function = "valid_description"))]
    pub description: String,
}

impl ItemForm for ProfileForm {
    const KIND: ContentKind = ContentKind::Organisation;

    fn version(&self) -> i32 {
        self.version.unwrap_or(-1)
    }

    fn fill(&self, snapshot: &mut Snapshot, original: Lang) {
        for (name, value) in [
            ("name", &self.name),
            ("kind", &self.kind),
            ("city", &self.city),
            ("website", &self.website),
        ] {
            snapshot.fields.insert(name.into(), value.trim().to_string());
        }
        snapshot
            .texts
            .entry(original)
            .or_default()
            .insert("description".into(), self.description.trim().to_string());
    }
}

fn valid_name(value: &str) -> Result<(), ValidationError> {
    required_text(value, 200)
}

fn valid_city(value: &str) -> Result<(), ValidationError> {
    required_text(value, 100)
}

fn valid_description(value: &str) -> Result<(), ValidationError> {
    required_text(value, 8000)
}

fn valid_kind(value: &str) -> Result<(), ValidationError> {
    ORG_KINDS
        .contains(&value)
        .then_some(())
        .ok_or_else(|| problem("form-error-invalid"))
}
