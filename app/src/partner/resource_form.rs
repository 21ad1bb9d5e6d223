//! The resource form of the partner space, typed and checked like the offer form; the lists
//! (languages, audiences, competences) are checkboxes named `lang_fr`, `audience_learner`,
//! `competence_2.4`, read with `ResourceForm::lists`.

use super::checks::{problem, required_text, valid_lang, valid_web_address};
use crate::i18n::Lang;
use crate::resources::codes::{Audience, Licence, ResourceKind};
use serde::Deserialize;
use validator::{Validate, ValidationError};

/// `POST /{lang}/partner/resources/new` and `/{lang}/partner/resources/{id}`.
#[derive(Debug, Deserialize, Validate)]
pub struct ResourceForm {
    /// The version the form was opened at (absent when creating).
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    #[validate(custom(function = "valid_title"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "valid_summary"))]
    pub summary: String,
    #[serde(default)]
    #[validate(custom(function = "valid_body"))]
    pub body_md: String,
    #[serde(default)]
    #[validate(custom(function = "valid_kind"))]
    pub kind: String,
    #[serde(default)]
    #[validate(custom(function = "valid_licence"))]
    pub licence: String,
    #[serde(default)]
    #[validate(custom(function = "valid_web_address"))]
    pub external_url: String,
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub original_lang: String,
}

/// The checked lists of the form, as codes.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Lists {
    pub languages: Vec<&'static str>,
    pub audiences: Vec<&'static str>,
    pub competences: Vec<String>,
}

impl ResourceForm {
    pub fn original_lang(&self) -> Lang {
        Lang::parse(&self.original_lang).unwrap_or(Lang::En)
    }

    /// The ticked boxes, read by `field` (the value of a posted field, empty when absent);
    /// `competence_codes` are the framework's.
    pub fn lists(field: impl Fn(&str) -> String, competence_codes: &[String]) -> Lists {
        let ticked = |name: String| !field(&name).is_empty();
        Lists {
            languages: Lang::ALL
                .iter()
                .filter(|l| ticked(format!("lang_{}", l.code())))
                .map(|l| l.code())
                .collect(),
            audiences: Audience::ALL
                .iter()
                .filter(|a| ticked(format!("audience_{}", a.code())))
                .map(|a| a.code())
                .collect(),
            competences: competence_codes
                .iter()
                .filter(|c| ticked(format!("competence_{c}")))
                .cloned()
                .collect(),
        }
    }

    /// The language-neutral fields, by name (as `resources::editing` reads and writes them).
    pub fn fields(&self, lists: &Lists) -> [(&'static str, String); 6] {
        use crate::content::snapshot::joined;
        [
            ("kind", self.kind.trim().to_string()),
            ("licence", self.licence.trim().to_string()),
            ("external_url", self.external_url.trim().to_string()),
            ("languages", joined(lists.languages.iter().copied())),
            ("audiences", joined(lists.audiences.iter().copied())),
            (
                "competences",
                joined(lists.competences.iter().map(String::as_str)),
            ),
        ]
    }

    /// The text fields, in the resource's original language.
    pub fn texts(&self) -> [(&'static str, String); 3] {
        [
            ("title", self.title.trim().to_string()),
            ("summary", self.summary.trim().to_string()),
            ("body_md", self.body_md.trim().to_string()),
        ]
    }
}

/// The problems of the lists: (field, Fluent key).
pub fn list_problems(lists: &Lists) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if lists.languages.is_empty() {
        problems.push(("languages", "resources-error-languages"));
    }
    if lists.audiences.is_empty() {
        problems.push(("audiences", "resources-error-audiences"));
    }
    if lists.competences.len() > 5 {
        problems.push(("competences", "resources-error-competences"));
    }
    problems
}

fn valid_title(value: &str) -> Result<(), ValidationError> {
    required_text(value, 200)
}

fn valid_summary(value: &str) -> Result<(), ValidationError> {
    required_text(value, 500)
}

fn valid_body(value: &str) -> Result<(), ValidationError> {
    required_text(value, 20_000)
}

fn valid_kind(value: &str) -> Result<(), ValidationError> {
    ResourceKind::parse(value)
        .map(|_| ())
        .ok_or_else(|| problem("form-error-invalid"))
}

fn valid_licence(value: &str) -> Result<(), ValidationError> {
    Licence::parse(value)
        .map(|_| ())
        .ok_or_else(|| problem("form-error-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_read_by_name_and_lists_checked() {
        let codes = vec!["1.1".to_string(), "2.4".to_string()];
        let posted = |name: &str| match name {
            "lang_fr" | "audience_learner" | "competence_2.4" => "on".to_string(),
            _ => String::new(),
        };
        let lists = ResourceForm::lists(posted, &codes);
        assert_eq!(lists.languages, ["fr"]);
        assert_eq!(lists.audiences, ["learner"]);
        assert_eq!(lists.competences, ["2.4"]);
        assert!(list_problems(&lists).is_empty());
        let none = ResourceForm::lists(|_| String::new(), &codes);
        assert_eq!(
            list_problems(&none),
            [
                ("languages", "resources-error-languages"),
                ("audiences", "resources-error-audiences")
            ]
        );
    }
}
