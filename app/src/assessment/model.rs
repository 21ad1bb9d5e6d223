//! The self-assessment, the profile, the gap box and the suggestions as their pages receive
//! them (labels already in the reader's language, with the language each is written in).

use crate::i18n::Lang;
use crate::offers::model::OfferCard;
use serde::{Deserialize, Serialize};

/// The framework version the levels refer to ("DigComp 2.2 — …").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FrameworkName {
    pub name: String,
    /// `digcomp-2.2`: what a form sends back, so answers for a replaced version are refused.
    pub version_key: String,
}

/// One band of a competence as the question shows it: what a person can do, and its levels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandChoice {
    pub band: String,
    pub statement: Option<(String, Lang)>,
    pub levels: Vec<u8>,
}

/// One competence of an area page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub code: String,
    pub title: String,
    pub title_lang: Lang,
    pub bands: Vec<BandChoice>,
    /// The answer kept: a level, `unknown`, or empty when not answered yet.
    pub answer: String,
}

/// `/{lang}/assessment?area=n`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaPage {
    pub framework: FrameworkName,
    /// From 1.
    pub number: usize,
    pub areas: usize,
    pub area_code: String,
    pub area_title: String,
    pub questions: Vec<Question>,
    /// Competences answered (a level or "I don't know") in the whole framework.
    pub answered: usize,
    pub competences: usize,
    pub resume_code: Option<String>,
    pub signed_in: bool,
    /// The person's answers were given for a framework version since replaced.
    pub replaced: bool,
}

/// Where a level of the profile comes from, as the page says it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LevelSource {
    /// Self-assessed on this day (ISO date).
    SelfAssessed(String),
    /// "I don't know", answered on this day.
    Unknown(String),
    /// Attested by a badge: its id and the pathway's title.
    Attested {
        badge: String,
        pathway: String,
    },
    NotAnswered,
}

/// One competence of the profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileRow {
    pub code: String,
    pub title: String,
    pub title_lang: Lang,
    pub level: Option<u8>,
    pub band: Option<String>,
    pub source: LevelSource,
}

/// One area of the profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileArea {
    pub code: String,
    pub title: String,
    pub rows: Vec<ProfileRow>,
}

/// `/{lang}/assessment/profile`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfilePage {
    pub framework: FrameworkName,
    pub has_profile: bool,
    pub areas: Vec<ProfileArea>,
    /// The framework's highest level (the chart's scale).
    pub top_level: u8,
    pub resume_code: Option<String>,
    /// Some answers were given for a framework version since replaced.
    pub replaced: bool,
}

/// How a requirement stands, as the gap box says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GapFit {
    Meets,
    Lacks(u8),
    /// Answered "I don't know".
    Unknown,
    /// Neither answered nor attested.
    Missing,
}

/// A pathway that closes a gap, or has the most to add.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathwayOffer {
    pub slug: String,
    pub title: String,
    pub lang: Lang,
    pub minutes: u32,
    /// The level it takes the competence to (gap box), or the levels it adds (suggestions).
    pub level: u8,
}

/// An upcoming webinar on a competence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebinarOffer {
    pub slug: String,
    pub title: String,
    pub lang: Lang,
    pub when: String,
    pub minutes: i32,
}

/// One requirement of a job profile or offer, for this reader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapRow {
    pub code: String,
    pub title: String,
    pub title_lang: Lang,
    pub required: u8,
    pub held: Option<u8>,
    pub attested: bool,
    pub fit: GapFit,
    pub pathways: Vec<PathwayOffer>,
    pub webinars: Vec<WebinarOffer>,
}

/// The gap box of a job profile or offer page: `None` rows without a profile (the page invites
/// the reader to take the assessment).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GapBox {
    pub has_profile: bool,
    pub rows: Vec<GapRow>,
    pub meets: usize,
}

/// A job profile or offer ranked for the reader, with the words that explain its place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    pub meets: usize,
    pub total: usize,
    pub levels_short: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankedJob {
    pub slug: String,
    pub title: String,
    pub lang: Lang,
    pub fit: Fit,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankedOffer {
    pub card: OfferCard,
    pub fit: Fit,
}

/// `/{lang}/assessment/results`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultsPage {
    pub has_profile: bool,
    pub jobs: Vec<RankedJob>,
    /// Open offers whose every requirement the reader meets, after the filters.
    pub offers: Vec<RankedOffer>,
    pub offers_total: usize,
    pub pathways: Vec<PathwayOffer>,
    /// The offer filters understood: (name, value) pairs, and the choices of each.
    pub kind: Option<String>,
    pub mode: Option<String>,
    pub country: Option<String>,
    pub kinds: Vec<String>,
    pub modes: Vec<String>,
    pub countries: Vec<String>,
    pub ignored: crate::catalogue::query::Ignored,
}

/// The form field holding competence `code`'s answer (`level-1.1`).
pub fn answer_field(code: &str) -> String {
    format!("level-{code}")
}
