//! The job-profile proposal form as its page receives it.

use super::model::ItemEditor;
use serde::{Deserialize, Serialize};

/// Rows of (competence, level) on the form.
pub const JOB_COMPETENCE_ROWS: usize = 8;

/// The form: a new job profile or a published one, and the competences (code, label).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobFormData {
    pub editor: ItemEditor,
    pub competences: Vec<(String, String)>,
}
