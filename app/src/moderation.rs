//! Moderation: the queue of items waiting for review (oldest first), reviewing an offer
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

/// The kinds the queue can hold today (the others gain their forms with their issues).
pub fn queue_kinds() -> [crate::content::ContentKind; 2] {
    [
        crate::content::ContentKind::Offer,
        crate::content::ContentKind::Interview,
    ]
}
