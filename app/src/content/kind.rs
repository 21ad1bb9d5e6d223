//! The kinds of content item and who owns an item.

use serde::{Deserialize, Serialize};

/// A kind of content item (the audit log, revisions, permissions and the search index name
/// items by kind and id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
#[cfg_attr(
    feature = "ssr",
    sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
)]
pub enum ContentKind {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "organisation"))]
    Organisation,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "job_profile"))]
    JobProfile,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "interview"))]
    Interview,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "offer"))]
    Offer,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "pathway"))]
    Pathway,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "webinar"))]
    Webinar,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "framework"))]
    Framework,
}

impl ContentKind {
    pub const ALL: [ContentKind; 7] = [
        ContentKind::Organisation,
        ContentKind::JobProfile,
        ContentKind::Interview,
        ContentKind::Offer,
        ContentKind::Pathway,
        ContentKind::Webinar,
        ContentKind::Framework,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContentKind::Organisation => "organisation",
            ContentKind::JobProfile => "job_profile",
            ContentKind::Interview => "interview",
            ContentKind::Offer => "offer",
            ContentKind::Pathway => "pathway",
            ContentKind::Webinar => "webinar",
            ContentKind::Framework => "framework",
        }
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
