//! Resources as their pages receive them.

use super::codes::{Audience, Licence, ResourceKind};
use crate::catalogue::query::{Ignored, PageInfo};
use crate::i18n::Lang;
use crate::ui::filters::Choice;
use serde::{Deserialize, Serialize};

/// A resource's file: what the download link says of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileFacts {
    pub file_name: String,
    /// Its format as people name it (`PDF`, `DOCX`, `PNG`).
    pub format: String,
    /// Its media type, as checked from its content.
    pub media_type: String,
    pub size_bytes: i64,
}

/// A resource in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The language `title` and `summary` are written in.
    pub lang: Lang,
    pub kind: ResourceKind,
    pub licence: Licence,
    /// (slug, name) of the publishing organisation.
    pub organisation: Option<(String, String)>,
    /// Its logo or monogram.
    pub logo: Option<crate::ui::picture::Logo>,
    /// The languages the resource itself exists in.
    pub languages: Vec<Lang>,
    pub file: Option<FileFacts>,
    pub external_url: Option<String>,
    /// ISO date of publication.
    pub published_on: String,
}

/// `/{lang}/resources`: the list with its filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceListPage {
    pub items: Vec<ResourceCard>,
    pub alternatives: crate::ui::alternatives::Alternatives,
    pub page: PageInfo,
    /// The words searched (as typed).
    pub q: String,
    pub kind: Option<String>,
    pub competence: Option<String>,
    pub language: Option<String>,
    pub licence: Option<String>,
    pub organisation: Option<String>,
    pub organisations: Vec<Choice>,
    pub competences: Vec<Choice>,
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
}

/// `/{lang}/resources/{slug}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceDetail {
    pub card: ResourceCard,
    pub body_html: String,
    pub audiences: Vec<Audience>,
    /// (code, label, label's language) of each competence.
    pub competences: Vec<(String, String, Lang)>,
}
