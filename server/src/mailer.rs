//! Sends the outbox over SMTP when `SMTP_URL` is set, as the `send-outbox` background job (run
//! once across app servers); a message is also claimed with a conditional update before
//! sending, so even two overlapping runs never send it twice.

use app::entities::outbox;
use chrono::{Duration, Utc};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// Attempts before a message is left for an administrator to look at.
pub const MAX_ATTEMPTS: i32 = 5;

/// The SMTP connection and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// From `SMTP_URL` and `SMTP_FROM` (checked at start-up).
    pub fn new(smtp_url: &str, from: &str) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| format!("SMTP_URL: {e}"))?
            .build();
        let from: Mailbox = from.parse().map_err(|e| format!("SMTP_FROM: {e}"))?;
        Ok(Mailer { transport, from })
    }

    /// Sends what is waiting (the job's work).
    pub async fn send(&self, db: &DatabaseConnection) -> Result<usize, sea_orm::DbErr> {
        send_pending(db, &self.transport, &self.from).await
    }
}

/// Sends what is waiting; returns how many messages were sent.
pub async fn send_pending(
    db: &DatabaseConnection,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
) -> Result<usize, sea_orm::DbErr> {
    let now = Utc::now();
    // A claim older than five minutes belongs to a server that stopped mid-send.
    let stale = now - Duration::minutes(5);
    let waiting = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::Attempts.lt(MAX_ATTEMPTS))
        .filter(
            Condition::any()
                .add(outbox::Column::ClaimedAt.is_null())
                .add(outbox::Column::ClaimedAt.lt(stale)),
        )
        .order_by_asc(outbox::Column::Id)
        .limit(50)
        .all(db)
        .await?;
    let mut sent = 0;
    for mail in waiting {
        let claimed = outbox::Entity::update_many()
            .col_expr(outbox::Column::ClaimedAt, Expr::value(Utc::now()))
            .filter(outbox::Column::Id.eq(mail.id))
            .filter(outbox::Column::SentAt.is_null())
            .filter(match mail.claimed_at {
                None => Condition::all().add(outbox::Column::ClaimedAt.is_null()),
                Some(at) => Condition::all().add(outbox::Column::ClaimedAt.eq(at)),
            })
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let result = send_one(transport, from, &mail).await;
        let update = outbox::Entity::update_many().filter(outbox::Column::Id.eq(mail.id));
        let update = match result {
            Ok(()) => {
                sent += 1;
                update.col_expr(outbox::Column::SentAt, Expr::value(Utc::now()))
            }
            Err(error) => {
                tracing::warn!(id = mail.id, %error, "sending mail");
                update
                    .col_expr(outbox::Column::Attempts, Expr::value(mail.attempts + 1))
                    .col_expr(outbox::Column::LastError, Expr::value(error))
                    .col_expr(
                        outbox::Column::ClaimedAt,
                        Expr::value(Option::<chrono::DateTime<Utc>>::None),
                    )
            }
        };
        update.exec(db).await?;
    }
    Ok(sent)
}

async fn send_one(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    mail: &outbox::Model,
) -> Result<(), String> {
    use lettre::message::header::{HeaderName, HeaderValue};
    let to: Mailbox = mail.to_address.parse().map_err(|e| format!("address: {e}"))?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone());
    if let Some(url) = &mail.list_unsubscribe {
        // RFC 8058: mail clients offer "unsubscribe" and POST to the address themselves.
        let name = |n: &str| HeaderName::new_from_ascii(n.to_string()).map_err(|e| e.to_string());
        builder = builder
            .raw_header(HeaderValue::new(name("List-Unsubscribe")?, format!("<{url}>")))
            .raw_header(HeaderValue::new(
                name("List-Unsubscribe-Post")?,
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    let message = match (&mail.attachment_name, &mail.attachment) {
        (Some(name), Some(text)) => {
            use lettre::message::{header::ContentType, Attachment, MultiPart, SinglePart};
            let media_type = mail
                .attachment_type
                .as_deref()
                .unwrap_or("application/octet-stream");
            let media_type = ContentType::parse(media_type).map_err(|e| format!("attachment type: {e}"))?;
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(mail.body.clone()))
                    .singlepart(Attachment::new(name.clone()).body(text.clone(), media_type)),
            )
        }
        _ => builder
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(mail.body.clone()),
    }
    .map_err(|e| e.to_string())?;
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}
