//! Permissions per item: the one function that answers "may this viewer do this action to
//! this item", from the viewer's role and their membership of the item's organisation. Every
//! handler and server function that touches a content item asks it; the path table
//! (`auth::policy`) only guards whole areas.

use super::model::{Role, Viewer};
use crate::content::{ContentKind, ContentStatus, Owner};
use serde::{Deserialize, Serialize};

/// What can be done to a content item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    /// See it while it is not published (draft, in review, rejected, archived).
    ReadDraft,
    /// Create a new item for this owner.
    Create,
    /// Change its text or fields (a published item's change becomes a revision).
    Edit,
    /// Send it (or its revision) to the moderators.
    Submit,
    /// Publish it (or its revision).
    Approve,
    /// Refuse it, with a comment.
    Reject,
    /// Publish it without review (administrators only; logged like every change).
    Publish,
    /// Propose a translation of a published item (any signed-in reader; moderators review it).
    Translate,
    /// Withdraw it from the public.
    Archive,
    /// Remove it for good.
    Delete,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::ReadDraft,
        Action::Create,
        Action::Edit,
        Action::Submit,
        Action::Approve,
        Action::Reject,
        Action::Publish,
        Action::Translate,
        Action::Archive,
        Action::Delete,
    ];

    /// The code stored in the audit log.
    pub fn code(self) -> &'static str {
        match self {
            Action::ReadDraft => "read_draft",
            Action::Create => "create",
            Action::Edit => "edit",
            Action::Submit => "submit",
            Action::Approve => "approve",
            Action::Reject => "reject",
            Action::Publish => "publish",
            Action::Translate => "translate",
            Action::Archive => "archive",
            Action::Delete => "delete",
        }
    }
}

/// What permissions need to know about an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: ContentKind,
    pub owner: Owner,
    pub status: ContentStatus,
}

/// Whether `viewer` (or an anonymous reader) may do `action` to `item`.
///
/// - Everyone reads what is published; nothing else without an account.
/// - Editors (members of the owning organisation) write their organisation's content: create,
///   edit (not while it waits for review), submit, archive, and delete what was never published.
///   For platform content (job profiles, frameworks) any editor may propose: create a draft
///   and submit it, or change what is published (a revision the moderators review).
/// - Moderators read everything, edit to correct, approve and reject what is in review (not
///   their own organisation's: nobody reviews their own work), and archive.
/// - Administrators may do everything.
pub fn can(viewer: Option<&Viewer>, action: Action, item: &Item) -> bool {
    let Some(viewer) = viewer else {
        return false;
    };
    if viewer.role == Role::Admin {
        return true;
    }
    let member = match item.owner {
        Owner::Organisation(id) => viewer.organisation_ids.contains(&id),
        Owner::Platform => false,
    };
    let editor = !viewer.organisation_ids.is_empty();
    let moderator = viewer.can(Role::Moderator);
    let status = item.status;
    match action {
        Action::ReadDraft => moderator || member,
        Action::Create => match item.owner {
            Owner::Organisation(_) => member,
            Owner::Platform => editor || moderator,
        },
        Action::Edit => {
            moderator
                || (member
                    && matches!(
                        status,
                        ContentStatus::Draft | ContentStatus::Rejected | ContentStatus::Published
                    ))
                // Any editor proposes a change to published platform content: it becomes a
                // revision for the moderators, never a change in place.
                || (item.owner == Owner::Platform && editor && status == ContentStatus::Published)
        }
        Action::Submit => {
            let own = member || (item.owner == Owner::Platform && editor);
            (own || moderator) && matches!(status, ContentStatus::Draft | ContentStatus::Rejected)
        }
        Action::Approve | Action::Reject => moderator && !member && status == ContentStatus::InReview,
        // Administrators only (answered above): nothing is public without review otherwise.
        Action::Publish => false,
        Action::Translate => status == ContentStatus::Published,
        Action::Archive => (member || moderator) && status == ContentStatus::Published,
        Action::Delete => member && status == ContentStatus::Draft,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: i32 = 1;
    const OTHER: i32 = 2;

    fn viewer(role: Role, organisations: &[i32]) -> Viewer {
        Viewer {
            id: 7,
            email: "p@example.org".into(),
            display_name: "P".into(),
            lang: "en".into(),
            time_zone: "UTC".into(),
            role,
            organisation_ids: organisations.to_vec(),
            email_verified: true,
        }
    }

    fn item(owner: Owner, status: ContentStatus) -> Item {
        Item {
            kind: ContentKind::Offer,
            owner,
            status,
        }
    }

    /// Who is who: the four roles, an editor of the item's organisation and of another one,
    /// a moderator who is also an editor of the item's organisation.
    fn people() -> Vec<(&'static str, Option<Viewer>)> {
        vec![
            ("anonymous", None),
            ("learner", Some(viewer(Role::Learner, &[]))),
            ("editor of own", Some(viewer(Role::Learner, &[OWN]))),
            ("editor of other", Some(viewer(Role::Learner, &[OTHER]))),
            ("moderator", Some(viewer(Role::Moderator, &[]))),
            ("moderator editor of own", Some(viewer(Role::Moderator, &[OWN]))),
            ("admin", Some(viewer(Role::Admin, &[]))),
        ]
    }

    /// The whole matrix for an organisation's item: every person × every action × every status.
    #[test]
    fn organisation_items() {
        use ContentStatus::*;
        let owner = Owner::Organisation(OWN);
        for (who, person) in people() {
            for action in Action::ALL {
                for status in ContentStatus::ALL {
                    let got = can(person.as_ref(), action, &item(owner, status));
                    let expected = match who {
                        "anonymous" => false,
                        "admin" => true,
                        // Every signed-in reader may propose a translation of what is published.
                        _ if action == Action::Translate => status == Published,
                        "learner" | "editor of other" => false,
                        "editor of own" => match action {
                            Action::ReadDraft | Action::Create => true,
                            Action::Edit => matches!(status, Draft | Rejected | Published),
                            Action::Submit => matches!(status, Draft | Rejected),
                            // (Translate is answered above.)
                            Action::Approve | Action::Reject | Action::Publish | Action::Translate => false,
                            Action::Archive => status == Published,
                            Action::Delete => status == Draft,
                        },
                        "moderator" => match action {
                            Action::ReadDraft | Action::Edit => true,
                            Action::Create | Action::Delete | Action::Publish | Action::Translate => false,
                            Action::Submit => matches!(status, Draft | Rejected),
                            Action::Approve | Action::Reject => status == InReview,
                            Action::Archive => status == Published,
                        },
                        "moderator editor of own" => match action {
                            Action::ReadDraft | Action::Edit | Action::Create => true,
                            Action::Submit => matches!(status, Draft | Rejected),
                            // Nobody reviews their own organisation's work.
                            Action::Approve | Action::Reject | Action::Publish | Action::Translate => false,
                            Action::Archive => status == Published,
                            Action::Delete => status == Draft,
                        },
                        _ => unreachable!(),
                    };
                    assert_eq!(got, expected, "{who} {action:?} {status:?}");
                }
            }
        }
    }

    /// Platform content (job profiles): editors propose, moderators decide.
    #[test]
    fn platform_items() {
        use ContentStatus::*;
        for (who, person) in people() {
            for action in Action::ALL {
                for status in ContentStatus::ALL {
                    let it = Item {
                        kind: ContentKind::JobProfile,
                        owner: Owner::Platform,
                        status,
                    };
                    let got = can(person.as_ref(), action, &it);
                    let moderator = who.starts_with("moderator");
                    let editor = who.starts_with("editor") || who == "moderator editor of own";
                    let expected = match who {
                        "anonymous" => false,
                        "admin" => true,
                        _ if action == Action::Translate => status == Published,
                        "learner" => false,
                        _ => match action {
                            Action::ReadDraft => moderator,
                            Action::Edit => moderator || (editor && status == Published),
                            Action::Create => editor || moderator,
                            Action::Submit => (editor || moderator) && matches!(status, Draft | Rejected),
                            Action::Approve | Action::Reject => moderator && status == InReview,
                            Action::Archive => moderator && status == Published,
                            Action::Delete | Action::Publish | Action::Translate => false,
                        },
                    };
                    assert_eq!(got, expected, "{who} {action:?} {status:?}");
                }
            }
        }
    }

    #[test]
    fn everyone_reads_published_through_the_public_queries_not_this_function() {
        // Reading a published item needs no permission; `ReadDraft` is only for the rest.
        let published = item(Owner::Organisation(OWN), ContentStatus::Published);
        assert!(!can(None, Action::ReadDraft, &published));
    }
}
