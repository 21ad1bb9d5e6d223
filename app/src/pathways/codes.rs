//! The closed vocabularies of pathways. Labels live in `locales/*/pathways.ftl`
//! (`pathways-kind-quiz`, `pathways-duration-short`).

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
