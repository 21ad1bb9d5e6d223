//! The pathway form of the partner space (the pathway itself; its steps have their own forms),
//! typed and checked (error codes are Fluent keys). Up to `pathway_model::COMPETENCE_ROWS` competences, each
//! chosen with the level the pathway takes a learner to.

use super::checks::{required_text, valid_lang};
use super::competence_rows::pairs_from;
use super::item_http::ItemForm;
use super::pathway_model::COMPETENCE_ROWS;
use crate::catalogue::codes::competences_field;
use crate::content::snapshot::Snapshot;
use crate::content::ContentKind;
use crate::i18n::Lang;
use serde::Deserialize;
use validator::{Validate, ValidationError};

/// `POST /{lang}/partner/pathways/new` and `/{lang}/partner/pathways/{id}`.
#[derive(Debug, Deserialize, Validate)]
pub struct PathwayForm {
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    #[validate(custom(function = "valid_title"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "valid_goal"))]
    pub goal: String,
    #[serde(default)]
    #[validate(custom(function = "valid_description"))]
    pub description_md: String,
    /// A job profile's slug, or empty.
    #[serde(default)]
    #[validate(length(max = 120, code = "form-error-invalid"))]
    pub job_profile: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub original_lang: String,
    #[serde(default)]
    #[validate(custom(function = "valid_competence"))]
    pub competence_1: String,
    #[serde(default)]
    #[validate(custom(function = "valid_competence"))]
    pub competence_2: String,
    #[serde(default)]
    #[validate(custom(function = "valid_competence"))]
    pub competence_3: String,
    #[serde(default)]
    #[validate(custom(function = "valid_competence"))]
    pub competence_4: String,
    #[serde(default)]
    #[validate(custom(function = "valid_level"))]
    pub level_1: String,
    #[serde(default)]
    #[validate(custom(function = "valid_level"))]
    pub level_2: String,
    #[serde(default)]
    #[validate(custom(function = "valid_level"))]
    pub level_3: String,
    #[serde(default)]
    #[validate(custom(function = "valid_level"))]
    pub level_4: String,
}

impl PathwayForm {
    pub fn original_lang(&self) -> Lang {
        Lang::parse(&self.original_lang).unwrap_or(Lang::En)
    }

    /// The chosen (competence, level) pairs; a competence chosen twice keeps its higher level.
    pub fn competences(&self) -> Vec<(String, i32)> {
        let field = |name: &str| {
            match name {
                "competence_1" => &self.competence_1,
                "competence_2" => &self.competence_2,
                "competence_3" => &self.competence_3,
                "competence_4" => &self.competence_4,
                "level_1" => &self.level_1,
                "level_2" => &self.level_2,
                "level_3" => &self.level_3,
                "level_4" => &self.level_4,
                _ => return String::new(),
            }
            .clone()
        };
        pairs_from(field, COMPETENCE_ROWS)
    }
}

impl ItemForm for PathwayForm {
    const KIND: ContentKind = ContentKind::Pathway;

    fn version(&self) -> i32 {
        self.version.unwrap_or(-1)
    }

    const CREATED: (&'static str, &'static str) = ("partner-notice-pathway-created", "#steps");

    fn create<'a>(
        &'a self,
        db: &'a sea_orm::DatabaseConnection,
        viewer: &'a crate::auth::model::Viewer,
        org: &'a crate::entities::organisation::Model,
    ) -> futures::future::BoxFuture<'a, Result<i32, crate::error::AppError>> {
        Box::pin(super::pathway_edit::create(db, viewer, org, self))
    }

    fn fill(&self, snapshot: &mut Snapshot, original: Lang) {
        snapshot
            .fields
            .insert("job_profile".into(), self.job_profile.trim().to_string());
        snapshot
            .fields
            .insert("competences".into(), competences_field(&self.competences()));
        let text = snapshot.texts.entry(original).or_default();
        for (name, value) in [
            ("title", &self.title),
            ("goal", &self.goal),
            ("description_md", &self.description_md),
        ] {
            text.insert(name.into(), value.trim().to_string());
        }
    }

    fn not_ready(snapshot: &Snapshot, original: Lang) -> Option<crate::web::flash::Message> {
        use crate::web::flash::Message;
        let steps = super::pathway_edit::unready_steps(snapshot, original);
        if crate::pathways::outline::Outline::of(snapshot).steps.is_empty() {
            return Some(Message::new("partner-pathway-no-steps"));
        }
        (!steps.is_empty()).then(|| {
            let list: Vec<String> = steps.iter().map(usize::to_string).collect();
            Message::new("partner-pathway-steps-not-ready")
                .with("steps", list.join(", "))
                .with("count", steps.len() as i64)
        })
    }
}

fn valid_title(value: &str) -> Result<(), ValidationError> {
    required_text(value, 300)
}

fn valid_goal(value: &str) -> Result<(), ValidationError> {
    required_text(value, 600)
}

fn valid_description(value: &str) -> Result<(), ValidationError> {
    required_text(value, 20_000)
}

/// Empty, or a competence code as the framework writes them (`3.4`); checked against the
/// framework when stored (an unknown code is left out).
fn valid_competence(value: &str) -> Result<(), ValidationError> {
    let ok = value.is_empty()
        || (value.len() <= 8
            && value.split('.').count() == 2
            && value.split('.').all(|p| p.parse::<u8>().is_ok()));
    ok.then_some(())
        .ok_or_else(|| super::checks::problem("form-error-invalid"))
}

/// Empty, or a DigComp proficiency level, 1 to 8.
fn valid_level(value: &str) -> Result<(), ValidationError> {
    let ok = value.is_empty() || value.parse::<i32>().is_ok_and(|l| (1..=8).contains(&l));
    ok.then_some(())
        .ok_or_else(|| super::checks::problem("form-error-invalid"))
}
