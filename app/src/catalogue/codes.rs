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
