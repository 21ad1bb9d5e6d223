//! Closed vocabularies stored as codes: countries and organisation kinds. Their labels live in
//! `locales/*/common.ftl` (`country-FR`, `org-kind-cooperative`).

/// Countries of the partner network, ISO 3166-1 alpha-2.
pub const COUNTRIES: [&str; 4] = ["BE", "ES", "FR", "IT"];

/// Kinds of organisation.
pub const ORG_KINDS: [&str; 6] = [
    "association",
    "cooperative",
    "social_enterprise",
    "foundation",
    "public_body",
    "company",
];

/// The Fluent key of a country's name.
pub fn country_key(code: &str) -> String {
    format!("country-{code}")
}

/// The Fluent key of an organisation kind's name.
pub fn org_kind_key(kind: &str) -> String {
    format!("org-kind-{}", kind.replace('_', "-"))
}

/// Competences with their levels as one field: `1.1=4,3.4=5`, by code.
pub fn competences_field(pairs: &[(String, i32)]) -> String {
    let mut pairs = pairs.to_vec();
    pairs.sort();
    pairs
        .iter()
        .map(|(code, level)| format!("{code}={level}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// The (code, level) pairs of a competences field.
pub fn competence_pairs(field: &str) -> Vec<(String, i32)> {
    field
        .split(',')
        .filter_map(|pair| {
            let (code, level) = pair.trim().split_once('=')?;
            Some((code.to_string(), level.parse().ok()?))
        })
        .collect()
}
