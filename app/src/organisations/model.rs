//! Organisation data as pages receive it.

use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::Lang;
use crate::interviews::model::InterviewCard;
use serde::{Deserialize, Serialize};

/// An organisation in the directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationCard {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub verified: bool,
    /// The first paragraph of the description, as plain text.
    pub summary: String,
    /// The language `summary` is written in.
    pub lang: Lang,
    pub logo: crate::ui::picture::Logo,
}

/// The directory with its filter state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationListPage {
    pub items: Vec<OrganisationCard>,
    /// The words searched.
    pub q: String,
    pub alternatives: crate::ui::alternatives::Alternatives,
    pub page: PageInfo,
    pub country: Option<String>,
    pub kind: Option<String>,
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
}

/// An organisation page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationDetail {
    pub card: OrganisationCard,
    pub website: Option<String>,
    /// The description, rendered from Markdown and sanitised on the server.
    pub description_html: String,
    pub interviews: Vec<InterviewCard>,
    /// Open offers of this organisation.
    pub offers: Vec<crate::offers::model::OfferCard>,
    /// The next webinars related to it.
    pub webinars: Vec<crate::webinars::model::WebinarCard>,
}
