//! Offer data as pages receive it.

use super::codes::{OfferKind, PayPeriod, WorkMode};
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
    pub logo: crate::ui::picture::Logo,
    /// ISO dates.
    pub posted_on: String,
    pub valid_until: Option<String>,
    /// The contract code (`codes::CONTRACTS`).
    pub contract: Option<String>,
    pub pay: Option<Pay>,
    pub hours_per_week: Option<i32>,
}

/// What an offer pays: from `min` to `max` (or `min` alone) in `currency` per `period`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pay {
    pub min: i32,
    pub max: Option<i32>,
    pub currency: String,
    pub period: PayPeriod,
}

impl Pay {
    /// The pay stated by an offer's columns, when they state one.
    pub fn of(
        min: Option<i32>,
        max: Option<i32>,
        currency: Option<&str>,
        period: Option<PayPeriod>,
    ) -> Option<Pay> {
        let (min, period) = (min.or(max)?, period?);
        Some(Pay {
            min,
            max: max.filter(|m| *m > min),
            currency: currency.unwrap_or("EUR").to_string(),
            period,
        })
    }
}

/// The values of the search form, as understood.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OfferFilters {
    pub q: String,
    /// Several values of one filter mean "any of them"; different filters, "all of them".
    pub kind: Vec<OfferKind>,
    pub country: Vec<String>,
    /// Towns (and the places around them, `radius`) or `REMOTE_PLACE`.
    pub city: Vec<String>,
    /// Kilometres around each town (`codes::RADII`); `None`: the default.
    pub radius: Option<String>,
    pub mode: Vec<WorkMode>,
    pub lang: Vec<String>,
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
    /// Every town a place may be chosen from (the offers' and the partner countries').
    pub towns: Vec<String>,
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
    /// The level asked, to explain.
    pub target: Option<crate::ui::level::Level>,
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
