//! The moderation queue and the review of one item, as their pages receive them.

use crate::catalogue::query::Ignored;
use crate::content::{ContentKind, ContentStatus};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// An item waiting for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub kind: ContentKind,
    pub id: i32,
    pub title: String,
    /// The language `title` is written in.
    pub lang: Lang,
    /// The item's original language.
    pub original_lang: Lang,
    pub organisation: String,
    /// When it was submitted (ISO date).
    pub submitted_on: String,
    /// Whether it is a change of a published item (the published one stays live meanwhile).
    pub revision: bool,
}

/// The queue, oldest first, with its filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewQueue {
    pub items: Vec<QueueItem>,
    /// (slug, name) of the organisations with items waiting.
    pub organisations: Vec<(String, String)>,
    pub organisation: Option<String>,
    pub kind: Option<ContentKind>,
    pub lang: Option<Lang>,
    /// Only what has waited at least this many days (`age` in the query).
    pub age: Option<u32>,
    pub ignored: Ignored,
}

/// An item as the moderator reviews it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemReview {
    pub kind: ContentKind,
    pub id: i32,
    pub title: String,
    /// The language of `title` and `body_html`.
    pub lang: Lang,
    /// Its main text (Markdown rendered), as readers will see it.
    pub body_html: String,
    pub organisation: String,
    pub status: ContentStatus,
    /// Whether what waits is a change of the published item (else the item itself).
    pub revision: bool,
    /// What changed since the published version (everything, for an item never published).
    pub changes: Vec<crate::content::snapshot::FieldChange>,
    pub history: Vec<crate::content::history::HistoryEntry>,
    /// Whether this moderator may approve or reject it now (in review, not their own).
    pub can_decide: bool,
}
