//! Job profile data as pages receive it.

use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::Lang;
use crate::interviews::model::InterviewCard;
use crate::ui::filters::Choice;
use serde::{Deserialize, Serialize};

/// A job profile in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The language `title` and `summary` are written in.
    pub lang: Lang,
    /// Labels of the competence areas the profile draws on.
    pub areas: Vec<String>,
}

/// The job profile list with its filter state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobListPage {
    pub items: Vec<JobCard>,
    /// The words searched.
    pub q: String,
    pub alternatives: crate::ui::alternatives::Alternatives,
    pub page: PageInfo,
    pub areas: Vec<Choice>,
    pub area: Option<String>,
    /// The kind of employer chosen (`association`, …).
    pub employer: Option<String>,
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
    pub framework: String,
}

/// A competence a job calls for, with its target proficiency level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompetenceTarget {
    pub code: String,
    pub label: String,
    pub label_lang: Lang,
    pub area: String,
    pub level: i32,
    /// The level, to explain.
    pub target: crate::ui::level::Level,
}

/// Everything shown on a job profile page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobDetail {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub missions: Vec<String>,
    pub employers: String,
    pub routes: Vec<String>,
    pub lang: Lang,
    pub employer_kinds: Vec<String>,
    pub esco_uri: Option<String>,
    pub framework: String,
    pub competences: Vec<CompetenceTarget>,
    pub related: Vec<JobCard>,
    pub interviews: Vec<InterviewCard>,
    /// Open offers for this job.
    pub offers: Vec<crate::offers::model::OfferCard>,
    /// Pathways that lead to this job.
    pub pathways: Vec<crate::pathways::model::PathwayCard>,
    /// The next webinars related to it.
    pub webinars: Vec<crate::webinars::model::WebinarCard>,
    /// What the reader meets and lacks of the competences, and what closes each gap.
    pub gaps: crate::assessment::model::GapBox,
}
