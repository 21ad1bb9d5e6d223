//! The kinds of item the portal searches, as the index and the change log name them.

/// The kinds of item the portal searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Offer,
    Pathway,
    Webinar,
    Resource,
    Interview,
    JobProfile,
    Organisation,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Offer,
        Kind::Pathway,
        Kind::Webinar,
        Kind::Resource,
        Kind::Interview,
        Kind::JobProfile,
        Kind::Organisation,
    ];

    /// The kind as the content core names it.
    pub fn content(self) -> crate::content::ContentKind {
        use crate::content::ContentKind as C;
        match self {
            Kind::Offer => C::Offer,
            Kind::Pathway => C::Pathway,
            Kind::Webinar => C::Webinar,
            Kind::Resource => C::Resource,
            Kind::Interview => C::Interview,
            Kind::JobProfile => C::JobProfile,
            Kind::Organisation => C::Organisation,
        }
    }

    /// The searchable kind of a content kind (the framework is not searched).
    pub fn of(kind: crate::content::ContentKind) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.content() == kind)
    }

    /// Its code (`job_profile`), as stored with the changes.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Offer => "offer",
            Kind::Pathway => "pathway",
            Kind::Webinar => "webinar",
            Kind::Resource => "resource",
            Kind::Interview => "interview",
            Kind::JobProfile => "job_profile",
            Kind::Organisation => "organisation",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub(super) fn number(self) -> u64 {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u64
    }

    pub(super) fn from_number(n: u64) -> Option<Kind> {
        Kind::ALL.get(usize::try_from(n).ok()?).copied()
    }
}
