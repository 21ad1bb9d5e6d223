//! Moderation: the queue of items waiting for review (oldest first), reviewing an item
//! (approve, or reject with a comment the editors receive), and confirming organisations'
//! identity (the "verified" mark). Needs the moderator role (administrators too).

pub mod api;
#[cfg(feature = "ssr")]
pub mod http;
pub mod model;
pub mod page;
#[cfg(feature = "ssr")]
pub mod queue;
#[cfg(feature = "ssr")]
pub mod review;
pub mod review_page;

/// The kinds the queue can hold: those editors write (`crate::editable_kinds`, the same list;
/// a test keeps them equal).
pub fn queue_kinds() -> [crate::content::ContentKind; 7] {
    [
        crate::content::ContentKind::Offer,
        crate::content::ContentKind::JobProfile,
        crate::content::ContentKind::Pathway,
        crate::content::ContentKind::Resource,
        crate::content::ContentKind::Webinar,
        crate::content::ContentKind::Interview,
        crate::content::ContentKind::Organisation,
    ]
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn the_queue_holds_every_kind_editors_write() {
        let editable: Vec<_> = crate::editable_kinds().iter().map(|e| e.kind).collect();
        assert_eq!(editable, super::queue_kinds());
    }
}
