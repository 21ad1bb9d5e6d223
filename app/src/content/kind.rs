//! The kinds of content item and who owns an item.

use serde::{Deserialize, Serialize};

stored_enum! {
    /// A kind of content item (the audit log, revisions, permissions and the search index name
    /// items by kind and id).
    #[derive(PartialOrd, Ord)]
    pub enum ContentKind {
        Organisation = "organisation",
        JobProfile = "job_profile",
        Interview = "interview",
        Offer = "offer",
        Pathway = "pathway",
        Webinar = "webinar",
        Framework = "framework",
        Resource = "resource",
    }
}

impl ContentKind {
    /// The Fluent key of one item's kind (`content-kind-one-offer`).
    pub fn label_key(self) -> String {
        format!("content-kind-one-{}", self.code().replace('_', "-"))
    }

    /// The Fluent key of the kind's name for several items (`content-kind-offer`: "Offers").
    pub fn plural_key(self) -> String {
        format!("content-kind-{}", self.code().replace('_', "-"))
    }

    /// The kind's segment in addresses (`/fr/moderation/offers/12`).
    pub fn segment(self) -> &'static str {
        match self {
            ContentKind::Organisation => "organisations",
            ContentKind::JobProfile => "job-profiles",
            ContentKind::Interview => "interviews",
            ContentKind::Offer => "offers",
            ContentKind::Pathway => "pathways",
            ContentKind::Webinar => "webinars",
            ContentKind::Framework => "frameworks",
            ContentKind::Resource => "resources",
        }
    }

    /// The kind whose address segment is `segment`.
    pub fn from_segment(segment: &str) -> Option<ContentKind> {
        ContentKind::ALL.into_iter().find(|k| k.segment() == segment)
    }

    /// Whether items of this kind belong to the platform rather than to an organisation
    /// (job profiles and competence frameworks: partners propose, moderators decide).
    pub fn is_platform_owned(self) -> bool {
        matches!(self, ContentKind::JobProfile | ContentKind::Framework)
    }
}

/// Who an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Owner {
    /// Shared reference content (job profiles, frameworks), kept by moderators.
    Platform,
    /// An organisation's content, written by its editors.
    Organisation(i32),
}

impl Owner {
    /// The owner of an item of `kind` whose organisation column holds `organisation_id`
    /// (an organisation owns its own profile).
    pub fn of(kind: ContentKind, organisation_id: Option<i32>) -> Owner {
        match (kind.is_platform_owned(), organisation_id) {
            (false, Some(id)) => Owner::Organisation(id),
            _ => Owner::Platform,
        }
    }

    pub fn organisation_id(self) -> Option<i32> {
        match self {
            Owner::Platform => None,
            Owner::Organisation(id) => Some(id),
        }
    }
}
