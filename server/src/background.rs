//! The background jobs of the portal, on the app's job runner (`app::background`): each runs
//! once across every app server.

use crate::config::Settings;
use crate::mailer::Mailer;
use app::background::Runner;
use app::state::AppState;
use std::time::Duration;

/// How often each server looks for due jobs.
pub const POLL: Duration = Duration::from_secs(5);

/// The runner of this app server, with every job it knows. The digests search with this
/// server's offer index (the one its pages use), not an index of their own.
pub fn runner(settings: &Settings, state: &AppState) -> Result<Runner, String> {
    let search = state.offer_search.clone();
    let public_url = settings.public_url.clone();
    let retention = settings.retention;
    let mut runner = Runner::new(state.db.clone())
        .every("offer-digests", Duration::from_secs(3600), move |db| {
            let search = search.clone();
            let public_url = public_url.clone();
            async move {
                app::offers::alerts::send_digests(&db, &search, &public_url, chrono::Utc::now())
                    .await
                    .map(|written| tracing::debug!(written, "offer digests"))
                    .map_err(|e| e.to_string())
            }
        })
        .every(app::webinars::mails::JOB, Duration::from_secs(300), {
            let public_url = settings.public_url.clone();
            move |db| {
                let public_url = public_url.clone();
                async move {
                    app::webinars::mails::sweep(&db, &public_url, chrono::Utc::now())
                        .await
                        .map(|written| tracing::debug!(written, "webinar mails"))
                        .map_err(|e| e.to_string())
                }
            }
        })
        .every("housekeeping", Duration::from_secs(3600), move |db| async move {
            let swept = app::accounts::housekeeping::sweep(&db, &retention)
                .await
                .map_err(|e| e.to_string())?;
            let index_changes = app::offers::index::sweep(&db, chrono::Utc::now())
                .await
                .map_err(|e| e.to_string())?;
            let search_changes = app::search::changes::sweep(&db, chrono::Utc::now())
                .await
                .map_err(|e| e.to_string())?;
            tracing::debug!(?swept, index_changes, search_changes, "housekeeping");
            Ok(())
        });
    match &settings.smtp_url {
        Some(url) => {
            let mailer = Mailer::new(url, &settings.smtp_from)?;
            runner = runner.every("send-outbox", Duration::from_secs(10), move |db| {
                let mailer = mailer.clone();
                async move { mailer.send(&db).await.map(|_| ()).map_err(|e| e.to_string()) }
            });
        }
        None => tracing::info!("SMTP_URL is not set: e-mail stays in the outbox (/{{lang}}/admin/outbox)"),
    }
    Ok(runner)
}
