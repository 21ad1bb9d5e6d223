//! Offer data as pages receive it.

use super::codes::{OfferKind, WorkMode};
use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// An offer in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferCard {
    pub slug: String,
    pub title: String,
    /// The language `title` is written in.
    pub lang: Lang,
    pub kind: OfferKind,
    pub work_mode: WorkMode,
    pub city: Option<String>,
    pub country: Option<String>,
    pub organisation: String,
    pub organisation_slug: String,
    /// ISO dates.
    pub posted_on: String,
    pub valid_until: Option<String>,
}

/// The values of the search form, as understood.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OfferFilters {
    pub q: String,
    pub kind: Option<OfferKind>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub mode: Option<WorkMode>,
    pub lang: Option<String>,
    pub competence: Option<String>,
    pub organisation: Option<String>,
    pub posted: Option<String>,
    pub sort: String,
    /// "Matches my profile": only offers whose every requirement the reader meets.
    pub fit: bool,
}

/// A search result page with everything its form needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferListPage {
    pub items: Vec<OfferCard>,
    pub page: PageInfo,
    pub filters: OfferFilters,
    /// (parameter, value) of every filter in use, in form order, for links and removal.
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
    /// Cities with open offers.
    pub cities: Vec<String>,
    /// (slug, name) of organisations with open offers.
    pub organisations: Vec<(String, String)>,
    /// (code, label) of every competence of the framework.
    pub competences: Vec<(String, String)>,
    /// The reader has a competence profile (the fit filter and order are offered).
    pub has_profile: bool,
    /// The ways on when the words or filters find little.
    pub alternatives: crate::ui::alternatives::Alternatives,
}

/// A competence an offer asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferCompetence {
    pub code: String,
    pub label: String,
    pub level: Option<i32>,
}

/// An offer page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferDetail {
    pub card: OfferCard,
    pub original_lang: Lang,
    pub contract: Option<String>,
    pub starts_on: Option<String>,
    /// Past `valid_until`: the page says the offer is closed.
    pub closed: bool,
    pub description_html: String,
    pub how_to_apply: Option<String>,
    pub apply_url: Option<String>,
    pub apply_email: Option<String>,
    pub organisation_website: Option<String>,
    /// (slug, title) of the related job profile.
    pub job_profile: Option<(String, String)>,
    pub competences: Vec<OfferCompetence>,
    /// Pathways that lead to the offer's job profile.
    pub pathways: Vec<crate::pathways::model::PathwayCard>,
    /// The organisation's country, for a training's place.
    pub organisation_country: String,
    /// Whether the signed-in reader saved it (`None` for an anonymous reader).
    pub saved: Option<bool>,
    /// What the reader meets and lacks of the competences, and what closes each gap.
    pub gaps: crate::assessment::model::GapBox,
}

/// A saved search as the "saved" page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedSearchItem {
    pub id: i32,
    /// The query string of the search page.
    pub query: String,
    /// (filter key, value label) of each filter in use.
    pub filters: Vec<(String, String)>,
    /// Open offers matching now.
    pub total: u64,
    pub alert: bool,
}

/// What a signed-in person saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedPage {
    /// (offer id, card) — closed offers stay listed, marked by their date.
    pub offers: Vec<(i32, OfferCard)>,
    pub searches: Vec<SavedSearchItem>,
}
