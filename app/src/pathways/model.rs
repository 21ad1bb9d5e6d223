//! Pathway data as pages receive it.

use crate::catalogue::query::Ignored;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A pathway in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathwayCard {
    pub slug: String,
    pub title: String,
    pub goal: String,
    /// The language `title` and `goal` are written in.
    pub lang: Lang,
    pub steps: u32,
    pub minutes: i32,
    /// (slug, name) of the organisation that made it.
    pub organisation: Option<(String, String)>,
    /// (slug, title) of the job profile it leads to.
    pub job_profile: Option<(String, String)>,
    /// Steps this learner has done (required and optional), when they started.
    pub done: u32,
    pub required: u32,
    pub required_done: u32,
}

/// The pathway list with its filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathwayListPage {
    pub items: Vec<PathwayCard>,
    /// The words searched.
    pub q: String,
    pub alternatives: crate::ui::alternatives::Alternatives,
    /// (parameter, value) of every filter in use.
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
    /// Choices: (slug, title) of job profiles with a pathway; (code, label) of competences.
    pub job_profiles: Vec<(String, String)>,
    pub competences: Vec<(String, String)>,
}

/// A step in the pathway's outline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepSummary {
    pub n: u32,
    pub title: String,
    pub lang: Lang,
    pub kind: super::codes::StepKind,
    pub minutes: i32,
    pub required: bool,
    pub done: bool,
}

/// A competence a pathway builds, with its target level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathwayCompetence {
    pub code: String,
    pub label: String,
    pub level: i32,
    /// The level, to explain (unknown in a badge's credential).
    pub target: crate::ui::level::Level,
}

/// One pathway, with this learner's progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathwayDetail {
    pub card: PathwayCard,
    /// Sanitised HTML.
    pub description_html: String,
    pub competences: Vec<PathwayCompetence>,
    pub steps: Vec<StepSummary>,
    /// The first step not done yet (required first), or none when all are done.
    pub next_step: Option<u32>,
    /// Every required step is done.
    pub completed: bool,
    /// The learner's badge for this pathway.
    pub badge_id: Option<String>,
    /// The name proposed for the badge (a signed-in learner's display name).
    pub proposed_name: String,
    /// An anonymous learner's resume code, while their session knows it.
    pub resume_code: Option<String>,
    pub signed_in: bool,
}

/// A quiz choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizChoice {
    pub id: i32,
    pub label: String,
}

/// A quiz question; `explanation` and `correct_choice` only after an attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizQuestion {
    pub id: i32,
    pub prompt: String,
    pub choices: Vec<QuizChoice>,
    pub explanation: Option<String>,
    pub correct_choice: Option<i32>,
    /// After a failed attempt with a wrong answer: why that answer is wrong.
    pub hint: Option<String>,
    /// What the learner chose in their last attempt.
    pub chosen: Option<i32>,
}

/// The learner's last attempt at a quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizResult {
    pub correct: i32,
    pub total: i32,
    pub passed: bool,
}

/// One step, by kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepPage {
    pub pathway: PathwayCard,
    pub n: u32,
    pub total: u32,
    pub title: String,
    pub lang: Lang,
    pub kind: super::codes::StepKind,
    pub minutes: i32,
    pub required: bool,
    /// Sanitised HTML of the step's text (read: the lesson; others: the introduction).
    pub content_html: String,
    pub transcript_html: Option<String>,
    pub checklist: Vec<String>,
    pub bring_back_html: Option<String>,
    pub url: Option<String>,
    /// A watch step's webinar: its slug and title (its page has the replay and transcript).
    pub webinar: Option<(String, String)>,
    pub pass_mark: Option<i32>,
    pub questions: Vec<QuizQuestion>,
    pub result: Option<QuizResult>,
    pub done: bool,
    /// Every required step is done.
    pub completed: bool,
    pub resume_code: Option<String>,
}

/// A badge as its public page shows it, with the verification of its credential.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BadgeView {
    pub id: String,
    /// The language the credential was issued in (its title's).
    pub lang: crate::i18n::Lang,
    pub recipient: String,
    pub pathway_slug: String,
    pub achievement: String,
    pub criteria: String,
    pub issued_at: String,
    pub competences: Vec<PathwayCompetence>,
    pub signature_valid: bool,
    pub issuer_valid: bool,
    pub revoked_at: Option<String>,
    pub revoked_reason: Option<String>,
    /// The learner's own badge (download and share prompts).
    pub mine: bool,
    /// The reader is an administrator (the revoke form).
    pub can_revoke: bool,
}

/// A pathway the signed-in learner has started ("continue where you left off").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LearnerProgress {
    pub card: PathwayCard,
    pub next_step: Option<u32>,
    pub badge_id: Option<String>,
}

/// A badge in the administrators' list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdminBadge {
    pub id: String,
    pub recipient: String,
    pub pathway: String,
    pub issued_at: String,
    pub revoked_at: Option<String>,
    pub revoked_reason: Option<String>,
}
