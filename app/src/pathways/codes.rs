//! The closed vocabularies of pathways. Labels live in `locales/*/pathways.ftl`
//! (`pathways-kind-quiz`, `pathways-duration-short`).

stored_enum! {
    /// What a step asks of the learner (`pathway_steps.kind`); the code ends its Fluent key
    /// (`pathways-kind-quiz`).
    #[serde(rename_all = "lowercase")]
    pub enum StepKind {
        /// A lesson to read.
        Read = "read",
        /// A video, with its full transcript on the page.
        Watch = "watch",
        /// Something to do, with a checklist.
        Practise = "practise",
        /// Questions graded on the server; done only when passed.
        Quiz = "quiz",
        /// A course elsewhere, and what to bring back.
        External = "external",
    }
}

impl StepKind {
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
