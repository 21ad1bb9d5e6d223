//! The partner space as its page receives it.

use crate::catalogue::query::Ignored;
use crate::content::{ContentKind, ContentStatus};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The kinds of item an organisation owns, in the order the page lists them.
pub const OWNED_KINDS: [ContentKind; 6] = [
    ContentKind::Offer,
    ContentKind::Resource,
    ContentKind::Webinar,
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

/// The form of an item in the partner space: a new item of `org`, or item `id` as its editors
/// see it (its pending change, when one waits for review).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemEditor {
    pub kind: ContentKind,
    /// (slug, name) of the owning organisation.
    pub org: (String, String),
    pub id: Option<i32>,
    pub status: Option<ContentStatus>,
    /// The version the form is opened at.
    pub version: i32,
    /// The stored value of each field of the form (by field name).
    pub values: std::collections::BTreeMap<String, String>,
    /// Whether the form may be saved (a draft, a rejected offer, or a published one whose
    /// change then waits for review).
    pub editable: bool,
    /// Whether a change of the published offer waits for review (the form shows it).
    pub pending: bool,
    /// Every language with the state of its text (original, missing, current, out of date).
    pub translations: Vec<(Lang, crate::content::snapshot::TranslationState)>,
    pub slug: Option<String>,
    /// Who did what to the item, oldest first.
    pub history: Vec<crate::content::history::HistoryEntry>,
    /// A resource's file, when it has one.
    pub file: Option<crate::resources::model::FileFacts>,
    /// Whether the reader may publish it without review (administrators; logged).
    pub can_publish: bool,
    /// An organisation's logo, an interview's portrait, when it has one.
    pub picture: Option<crate::ui::picture::Picture>,
}

/// One text field of a translation, beside the original's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationField {
    pub name: String,
    pub markdown: bool,
    pub required: bool,
    /// Lines of its text area (0: a one-line field).
    pub rows: u8,
    /// The text in the original language.
    pub original: String,
    /// The text in the language being written (the pending change's, when one waits).
    pub value: String,
}

/// The text of an item in one language, written beside the original.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationEditor {
    pub kind: ContentKind,
    pub id: i32,
    /// The item's title in its original language.
    pub title: String,
    pub original: Lang,
    pub to: Lang,
    pub version: i32,
    pub state: crate::content::snapshot::TranslationState,
    pub fields: Vec<TranslationField>,
    /// Whether it may be saved now (not while the item waits for review).
    pub editable: bool,
    /// Whether the item is published (a save proposes a change for review).
    pub published: bool,
    /// A reader's proposal (from the fallback notice of the public page), not an editor's form.
    pub proposal: bool,
    pub slug: String,
}

/// The interview form: the item, and the job profiles to link it to (slug, title).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewFormData {
    pub editor: ItemEditor,
    pub jobs: Vec<(String, String)>,
}

/// The resource form: the item, and the competences to tick (code, label).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceFormData {
    pub editor: ItemEditor,
    pub competences: Vec<(String, String)>,
}

/// The webinar form: the item, and what its lists offer (value, label).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebinarFormData {
    pub editor: ItemEditor,
    pub competences: Vec<(String, String)>,
    pub jobs: Vec<(String, String)>,
    pub interviews: Vec<(String, String)>,
    pub organisations: Vec<(String, String)>,
    pub zones: Vec<(String, String)>,
}

/// One registration as its webinar's organisers see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationRow {
    /// The person's name when they have an account, else their address.
    pub who: String,
    pub email: String,
    pub status: crate::webinars::codes::RegistrationStatus,
    /// ISO date and time (UTC).
    pub registered_at: String,
}

/// A webinar's registrations page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationsView {
    pub id: i32,
    pub title: String,
    pub slug: String,
    pub when: String,
    pub open: bool,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    pub rows: Vec<RegistrationRow>,
}
