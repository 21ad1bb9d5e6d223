//! The partner space as its page receives it.

use crate::catalogue::query::Ignored;
use crate::content::{ContentKind, ContentStatus};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The kinds of item an organisation owns, in the order the page lists them.
pub const OWNED_KINDS: [ContentKind; 4] = [
    ContentKind::Offer,
    ContentKind::Interview,
    ContentKind::Pathway,
    ContentKind::Organisation,
];

/// One item of the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerItem {
    pub kind: ContentKind,
    pub id: i32,
    pub slug: String,
    pub title: String,
    /// The language `title` is written in.
    pub lang: Lang,
    pub status: ContentStatus,
}

/// The partner space of one organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerHome {
    /// (slug, name) of every organisation the reader acts for.
    pub organisations: Vec<(String, String)>,
    /// (slug, name) of the one shown; `None` when the reader acts for none.
    pub acting: Option<(String, String)>,
    /// Every status with the number of the organisation's items in it.
    pub by_status: Vec<(ContentStatus, usize)>,
    /// Every kind with the number of the organisation's items of it.
    pub by_kind: Vec<(ContentKind, usize)>,
    pub status: Option<ContentStatus>,
    pub kind: Option<ContentKind>,
    /// The items with the chosen status and kind.
    pub items: Vec<PartnerItem>,
    pub ignored: Ignored,
}

/// The offer form of the partner space: a new offer of `org`, or offer `id` as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfferEditor {
    /// (slug, name) of the owning organisation.
    pub org: (String, String),
    pub id: Option<i32>,
    pub status: Option<ContentStatus>,
    /// The version the form is opened at.
    pub version: i32,
    /// The stored value of each field of the form (by field name).
    pub values: std::collections::BTreeMap<String, String>,
    /// Whether the form may be saved (a draft, or a rejected offer).
    pub editable: bool,
    pub slug: Option<String>,
    /// Who did what to the offer, oldest first.
    pub history: Vec<crate::content::history::HistoryEntry>,
}
