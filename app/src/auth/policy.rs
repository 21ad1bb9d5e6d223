//! Who may open which whole area (admin, moderation, partner space, the account): the one
//! table the authorization layer reads for every request. What a person may do to one item is
//! `auth::permissions`; server functions check roles themselves (`require_role`), first line.

use super::model::Role;

/// What a path needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Public,
    SignedIn,
    Role(Role),
}

/// The access rule for a path (with or without its language prefix).
pub fn access(path: &str) -> Access {
    let mut segments = path.trim_matches('/').split('/').filter(|s| !s.is_empty());
    let first = segments.next().unwrap_or("");
    let first = if crate::i18n::Lang::parse(first).is_some() {
        segments.next().unwrap_or("")
    } else {
        first
    };
    let second = segments.next();
    match (first, second) {
        // Signing up, in and out, verifying and resetting are for everyone.
        ("account", None | Some("data.json" | "delete" | "saved" | "learning" | "webinars" | "profile")) => {
            Access::SignedIn
        }
        ("admin", _) => Access::Role(Role::Admin),
        ("moderation", _) => Access::Role(Role::Moderator),
        ("partner", _) => Access::Role(Role::Editor),
        // Readers propose translations of published items once signed in.
        ("translate", _) => Access::SignedIn,
        // The live preview of Markdown fields renders for whoever may write one.
        ("markdown-preview", _) => Access::SignedIn,
        _ => Access::Public,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(access("/fr/account"), Access::SignedIn);
        assert_eq!(access("/fr/account/data.json"), Access::SignedIn);
        assert_eq!(access("/fr/account/sign-in"), Access::Public);
        assert_eq!(access("/it/admin/users/3"), Access::Role(Role::Admin));
        assert_eq!(access("/es/moderation"), Access::Role(Role::Moderator));
        assert_eq!(access("/en/partner"), Access::Role(Role::Editor));
        assert_eq!(access("/fr/translate/offers/x"), Access::SignedIn);
        // The former address only redirects.
        assert_eq!(access("/en/publish"), Access::Public);
        assert_eq!(access("/en/jobs"), Access::Public);
        assert_eq!(access("/"), Access::Public);
    }
}
