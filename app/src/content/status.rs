//! The one status of every content item. The public sees `Published` only; every public query
//! filters on `ContentStatus::Published` (no status literal anywhere else).

stored_enum! {
    /// Where an item is in its life: written, reviewed, public, refused or withdrawn. The code is
    /// also used in URLs and Fluent keys (`content-status-in-review`).
    pub enum ContentStatus {
        /// Being written by its organisation; only its editors (and moderators) see it.
        Draft = "draft",
        /// Submitted, waiting for a moderator.
        InReview = "in_review",
        /// Public.
        Published = "published",
        /// Refused by a moderator, with a comment; the editor may change and submit it again.
        Rejected = "rejected",
        /// Withdrawn from the public; kept for the record.
        Archived = "archived",
    }
}

impl ContentStatus {
    /// The Fluent key of its name (`content-status-in-review`).
    pub fn label_key(self) -> String {
        format!("content-status-{}", self.code().replace('_', "-"))
    }

    /// Whether the public sees an item in this status.
    pub fn is_public(self) -> bool {
        self == ContentStatus::Published
    }
}
