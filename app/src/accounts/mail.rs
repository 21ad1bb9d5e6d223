//! The e-mails of accounts: confirming an address, resetting a password, a changed address.

use crate::i18n::{tr, tr_args, Lang};
pub use crate::mail::{letter, Mail};

/// "Confirm your e-mail address", with the link.
pub fn verification(lang: Lang, user_id: i32, to: &str, name: &str, link: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        to: to.into(),
        subject: tr(lang, "mail-verify-subject"),
        body: letter(
            lang,
            name,
            &[
                tr(lang, "mail-verify-body"),
                link.into(),
                tr(lang, "mail-verify-ignore"),
            ],
        ),
        list_unsubscribe: None,
    }
}

/// "Choose a new password", with the link.
pub fn reset(lang: Lang, user_id: i32, to: &str, name: &str, link: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        to: to.into(),
        subject: tr(lang, "mail-reset-subject"),
        body: letter(
            lang,
            name,
            &[
                tr(lang, "mail-reset-body"),
                link.into(),
                tr(lang, "mail-reset-ignore"),
            ],
        ),
        list_unsubscribe: None,
    }
}

/// To the old address after an e-mail change.
pub fn email_changed(lang: Lang, user_id: i32, old: &str, new: &str, name: &str) -> Mail {
    Mail {
        user_id: Some(user_id),
        to: old.into(),
        subject: tr(lang, "mail-email-changed-subject"),
        body: letter(
            lang,
            name,
            &[tr_args(lang, "mail-email-changed-body", &[("email", new.into())])],
        ),
        list_unsubscribe: None,
    }
}
