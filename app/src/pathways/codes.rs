//! The closed vocabularies of pathways. Labels live in `locales/*/pathways.ftl`
//! (`pathways-kind-quiz`, `pathways-duration-short`).

use serde::{Deserialize, Serialize};

/// What a step asks of the learner (`pathway_steps.kind`, stored as its code).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
)]
pub enum StepKind {
    /// A lesson to read.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "read"))]
    Read,
    /// A video, with its full transcript on the page.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "watch"))]
    Watch,
    /// Something to do, with a checklist.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "practise"))]
    Practise,
    /// Questions graded on the server; done only when passed.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "quiz"))]
    Quiz,
    /// A course elsewhere, and what to bring back.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "external"))]
    External,
}

impl StepKind {
    /// The stored code, also the end of its Fluent key (`pathways-kind-quiz`).
    pub fn code(self) -> &'static str {
        match self {
            StepKind::Read => "read",
            StepKind::Watch => "watch",
            StepKind::Practise => "practise",
            StepKind::Quiz => "quiz",
            StepKind::External => "external",
        }
    }

    /// The Fluent key of its name.
    pub fn label_key(self) -> String {
        format!("pathways-kind-{}", self.code())
    }
}

/// Pass mark of a quiz that names none, in percent.
pub const DEFAULT_PASS_MARK: i32 = 70;
/// Total duration filters: under an hour, one to three hours, more.
pub const DURATIONS: [&str; 3] = ["short", "medium", "long"];

/// Whether a pathway of `minutes` falls in the duration filter `code`.
pub fn in_duration(code: &str, minutes: i32) -> bool {
    match code {
        "short" => minutes < 60,
        "medium" => (60..=180).contains(&minutes),
        "long" => minutes > 180,
        _ => true,
    }
}
