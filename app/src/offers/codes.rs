//! The closed vocabularies of offers. Labels live in `locales/*/offers.ftl`
//! (`offers-kind-job`, `offers-mode-remote`, `offers-contract-permanent`).

pub const KINDS: [&str; 4] = ["job", "internship", "volunteering", "training"];
pub const WORK_MODES: [&str; 3] = ["on_site", "hybrid", "remote"];
pub const CONTRACTS: [&str; 8] = [
    "permanent",
    "fixed_term",
    "freelance",
    "part_time",
    "internship",
    "volunteer",
    "course",
    "other",
];
/// "Posted within" choices, in days.
pub const POSTED_WITHIN: [&str; 3] = ["7", "30", "90"];
/// Sort orders.
pub const SORTS: [&str; 3] = ["relevance", "newest", "closing"];

/// The Fluent key of a code of one vocabulary (`offers-kind-job`).
pub fn key(vocabulary: &str, code: &str) -> String {
    format!("offers-{vocabulary}-{}", code.replace('_', "-"))
}

/// The actions a visitor may start before signing in (the `then` of sign-in links), finished
/// once they have (`super::saved`).
pub const SAVE_OFFER: &str = "save-offer";
pub const SAVE_SEARCH: &str = "save-search";
