//! E-mail, written in the recipient's language and put in the outbox, inside the transaction of
//! what caused it (sent by the server's mailer job when SMTP is configured, otherwise kept for
//! administrators to read). Features write their own letters with `letter`.

use crate::entities::outbox;
use crate::i18n::{tr, tr_args, Lang};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// A file sent with a message.
pub struct Attachment {
    pub name: String,
    /// Its media type, e.g. `text/calendar; method=PUBLISH; charset=utf-8`.
    pub media_type: String,
    pub text: String,
}

/// One message to write.
pub struct Mail {
    pub user_id: Option<i32>,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The one-click unsubscribe address (RFC 8058), for messages people subscribed to.
    pub list_unsubscribe: Option<String>,
}

impl Mail {
    /// Puts the message in the outbox.
    pub async fn enqueue(self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        self.enqueue_with(db, None).await
    }

    /// Puts the message in the outbox with `attachment`.
    pub async fn enqueue_with(
        self,
        db: &impl ConnectionTrait,
        attachment: Option<Attachment>,
    ) -> Result<(), DbErr> {
        let (name, media_type, text) = match attachment {
            Some(a) => (Some(a.name), Some(a.media_type), Some(a.text)),
            None => (None, None, None),
        };
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
            list_unsubscribe: Set(self.list_unsubscribe),
            attachment_name: Set(name),
            attachment_type: Set(media_type),
            attachment: Set(text),
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
