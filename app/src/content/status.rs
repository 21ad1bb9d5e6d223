//! The one status of every content item. The public sees `Published` only; every public query
//! filters on `ContentStatus::Published` (no status literal anywhere else).

use serde::{Deserialize, Serialize};

/// Where an item is in its life: written, reviewed, public, refused or withdrawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
)]
pub enum ContentStatus {
    /// Being written by its organisation; only its editors (and moderators) see it.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "draft"))]
    Draft,
    /// Submitted, waiting for a moderator.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "in_review"))]
    InReview,
    /// Public.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "published"))]
    Published,
    /// Refused by a moderator, with a comment; the editor may change and submit it again.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "rejected"))]
    Rejected,
    /// Withdrawn from the public; kept for the record.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "archived"))]
    Archived,
}

impl ContentStatus {
    pub const ALL: [ContentStatus; 5] = [
        ContentStatus::Draft,
        ContentStatus::InReview,
        ContentStatus::Published,
        ContentStatus::Rejected,
        ContentStatus::Archived,
    ];

    /// The stored code, also used in URLs and Fluent keys (`content-status-in-review`).
    pub fn code(self) -> &'static str {
        match self {
            ContentStatus::Draft => "draft",
            ContentStatus::InReview => "in_review",
            ContentStatus::Published => "published",
            ContentStatus::Rejected => "rejected",
            ContentStatus::Archived => "archived",
        }
    }

    pub fn parse(code: &str) -> Option<ContentStatus> {
        ContentStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the public sees an item in this status.
    pub fn is_public(self) -> bool {
        self == ContentStatus::Published
    }
}
