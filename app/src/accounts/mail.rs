//! The e-mails of accounts, written in the recipient's language and put in the outbox (sent by
//! the server's mailer when SMTP is configured, otherwise kept for administrators to read).

use crate::entities::outbox;
use crate::i18n::{tr, tr_args, Lang};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// One message to write.
pub struct Mail {
    pub user_id: Option<i32>,
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mail {
    /// Puts the message in the outbox.
    pub async fn enqueue(self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        outbox::ActiveModel {
            user_id: Set(self.user_id),
            to_address: Set(self.to),
            subject: Set(self.subject),
            body: Set(self.body),
            created_at: Set(Utc::now()),
            claimed_at: Set(None),
            sent_at: Set(None),
            attempts: Set(0),
            last_error: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(())
    }
}

/// A plain-text letter: greeting, paragraphs, signature.
pub fn letter(lang: Lang, name: &str, paragraphs: &[String]) -> String {
    let mut body = tr_args(lang, "mail-greeting", &[("name", name.into())]);
    for paragraph in paragraphs {
        body.push_str("\n\n");
        body.push_str(paragraph);
    }
    body.push_str("\n\n-- \n");
    body.push_str(&tr(lang, "mail-signature"));
    body.push('\n');
    body
}

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
    }
}
