//! A pathway's forms as their pages receive them: the pathway with its outline, and one step.

use super::model::ItemEditor;
use crate::pathways::codes::StepKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The pathway form: the item, the choices of its fields (slug or code, label) and its steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathwayFormData {
    pub editor: ItemEditor,
    pub jobs: Vec<(String, String)>,
    pub competences: Vec<(String, String)>,
    pub steps: Vec<StepRow>,
}

/// A step in the outline of the pathway form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepRow {
    pub n: u32,
    pub title: String,
    pub kind: StepKind,
    pub minutes: i32,
    pub required: bool,
    /// Nothing keeps it from review (every field it needs is written; a quiz's questions have
    /// their right answers).
    pub ready: bool,
}

/// The form of step `n` of a pathway, in the pathway's original language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepFormData {
    /// The pathway's (its version, status, organisation, whether it may be changed).
    pub editor: ItemEditor,
    pub pathway_title: String,
    pub n: u32,
    pub total: u32,
    /// The stored value of each field, named as the form names them (`title`,
    /// `question.01.choice.02.label`, `question.01.correct` = `02`).
    pub values: BTreeMap<String, String>,
    /// The number of choices of each question, in order.
    pub choices: Vec<u32>,
    /// The webinars a watch step may show the replay of (slug, title).
    pub webinars: Vec<(String, String)>,
}

/// The field of step `n`'s position in the outline form (`position.02`).
pub fn position_field(n: usize) -> String {
    format!("position.{n:02}")
}

/// The number of choice slots a question's form shows: its choices and one more, four at least
/// (a question has at most eight).
pub fn choice_slots(stored: usize) -> usize {
    (stored + 1).clamp(4, 8)
}

/// Rows of (competence, level) on the pathway form.
pub const COMPETENCE_ROWS: usize = 4;
