//! The outbox sender, against a small SMTP server in the test.

use crate::sql::scalar;
use crate::support::each_db;
use lettre::{AsyncSmtpTransport, Tokio1Executor};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Accepts SMTP sessions and records each message's data.
async fn fake_smtp() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 fake ESMTP\r\n").await;
                while let Ok(Some(line)) = lines.next_line().await {
                    let verb = line.split_whitespace().next().unwrap_or("").to_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "DATA" => {
                            let _ = write.write_all(b"354 go on\r\n").await;
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(&l);
                                data.push('\n');
                            }
                            if let Ok(mut v) = store.lock() {
                                v.push(data);
                            }
                            b"250 queued\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, received)
}

#[tokio::test]
async fn the_outbox_is_sent_once_and_failures_are_recorded() {
    for app in each_db().await {
        let (port, received) = fake_smtp().await;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&format!("smtp://127.0.0.1:{port}"))
            .unwrap_or_else(|e| panic!("{e}"))
            .build();
        let from = "Social Tech Academy <no-reply@academy.test>"
            .parse()
            .unwrap_or_else(|e| panic!("{e:?}"));
        let mut client = app.client();
        client
            .submit(
                "/en/account/forgot-password",
                "/en/account/forgot-password",
                &[("email", "admin@example.org")],
            )
            .await;
        app.exec("INSERT INTO outbox (to_address, subject, body, created_at, attempts) VALUES ('not an address', 'x', 'y', CURRENT_TIMESTAMP, 0)").await;

        let sent = server::mailer::send_pending(&app.db, &transport, &from)
            .await
            .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        assert_eq!(sent, 1, "[{}]", app.name);
        let data = received.lock().map(|v| v.clone()).unwrap_or_default();
        assert_eq!(data.len(), 1);
        assert!(data[0].contains("To: admin@example.org"), "{}", data[0]);
        assert!(data[0].contains("/account/reset/"), "the link is in the message");
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL").await,
            1
        );
        assert_eq!(
            scalar(&app, "SELECT COUNT(*) FROM outbox WHERE attempts = 1 AND last_error IS NOT NULL AND sent_at IS NULL").await,
            1,
            "the bad address is recorded, not lost"
        );
        let again = server::mailer::send_pending(&app.db, &transport, &from)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, 0, "never twice");
        assert_eq!(received.lock().map(|v| v.len()).unwrap_or_default(), 1);
    }
}

#[tokio::test]
async fn an_attachment_is_sent_as_a_second_part() {
    for app in each_db().await {
        let (port, received) = fake_smtp().await;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&format!("smtp://127.0.0.1:{port}"))
            .unwrap_or_else(|e| panic!("{e}"))
            .build();
        let from = "Social Tech Academy <no-reply@academy.test>"
            .parse()
            .unwrap_or_else(|e| panic!("{e:?}"));
        app::mail::Mail {
            user_id: None,
            to: "someone@example.org".into(),
            subject: "You are registered".into(),
            body: "See you there.".into(),
            list_unsubscribe: Some("https://academy.test/en/webinars/registration/x/reminders-off".into()),
        }
        .enqueue_with(
            &app.db,
            Some(app::mail::Attachment {
                name: "webinar.ics".into(),
                media_type: "text/calendar; method=PUBLISH; charset=utf-8".into(),
                text: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into(),
            }),
        )
        .await
        .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        let sent = server::mailer::send_pending(&app.db, &transport, &from)
            .await
            .unwrap_or_else(|e| panic!("[{}] {e}", app.name));
        assert_eq!(sent, 1, "[{}]", app.name);
        let data = received.lock().map(|v| v.join("")).unwrap_or_default();
        assert!(data.contains("multipart/mixed"), "{data}");
        assert!(data.contains("Content-Type: text/calendar"), "{data}");
        assert!(data.contains("filename=\"webinar.ics\""), "{data}");
        assert!(
            data.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
            "{data}"
        );
    }
}
