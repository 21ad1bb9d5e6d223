//! Interview data as pages receive it.

use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::Lang;
use crate::ui::filters::Choice;
use serde::{Deserialize, Serialize};

/// A link to another item, with its title and the language that title is in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemLink {
    pub slug: String,
    pub title: String,
    pub lang: Lang,
}

/// An interview in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewCard {
    pub slug: String,
    pub person_name: String,
    pub role: String,
    pub title: String,
    pub quote: String,
    /// The language `role`, `title` and `quote` are written in.
    pub lang: Lang,
    pub country: String,
    pub published_on: String,
    pub organisation: Option<ItemLink>,
    pub job_profile: Option<ItemLink>,
    /// The person's portrait, shown with their consent.
    pub portrait: Option<crate::ui::picture::Picture>,
}

/// The interview list with its filter state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewListPage {
    pub items: Vec<InterviewCard>,
    /// The words searched.
    pub q: String,
    pub alternatives: crate::ui::alternatives::Alternatives,
    pub page: PageInfo,
    pub jobs: Vec<Choice>,
    pub job: Option<String>,
    pub country: Option<String>,
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
}

/// An interview page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewDetail {
    pub card: InterviewCard,
    /// The portrait, rendered from Markdown and sanitised on the server.
    pub body_html: String,
    /// The next webinars related to it.
    pub webinars: Vec<crate::webinars::model::WebinarCard>,
}
