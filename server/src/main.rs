//! Starts the portal (settings, database, mailer, router, serve), or, with
//! `server create-admin <email> <name>`, creates an administrator (password from the
//! `ADMIN_PASSWORD` variable or the first line of standard input).

use server::{app_state, build_router, db, Settings};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let settings = Settings::from_env()?;
    let db = db::connect(&settings.database_url).await?;
    db::prepare(&db, settings.demo_content).await?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("create-admin") {
        let password = match std::env::var("ADMIN_PASSWORD") {
            Ok(p) if !p.is_empty() => p,
            _ => {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                line.trim_end_matches(['\r', '\n']).to_string()
            }
        };
        let email = server::admin_cli::create_admin(&db, &args[1..], &password).await?;
        println!("administrator {email} created");
        return Ok(());
    }
    if app::accounts::users::admin_count(&db).await? == 0 {
        tracing::warn!("{}", server::admin_cli::HOW_TO);
    }
    match &settings.smtp_url {
        Some(url) => server::mailer::spawn(db.clone(), url.clone(), settings.smtp_from.clone())?,
        None => tracing::info!("SMTP_URL is not set: e-mail stays in the outbox (/{{lang}}/admin/outbox)"),
    }
    let alerts = db.clone();
    let public_url = settings.public_url.clone();
    tokio::spawn(async move {
        loop {
            match app::offers::alerts::send_digests(&alerts, &public_url, chrono::Utc::now()).await {
                Ok(written) => tracing::debug!(written, "offer alerts"),
                Err(error) => tracing::error!(%error, "offer alerts"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
    let sweeper = db.clone();
    tokio::spawn(async move {
        loop {
            match app::accounts::housekeeping::sweep(&sweeper).await {
                Ok(swept) => tracing::debug!(?swept, "housekeeping"),
                Err(error) => tracing::error!(%error, "housekeeping"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
    let state = app_state(&settings, db);
    // The offer search index is built now rather than by the first visitor's search.
    let warm = state.clone();
    tokio::spawn(async move {
        if let Err(error) = warm.offer_search.index.snapshot(&warm.db).await {
            tracing::error!(%error, "building the offer search index");
        }
    });
    let app = build_router(&settings, state);
    let listener = tokio::net::TcpListener::bind(settings.site_addr).await?;
    tracing::info!("listening on http://{}", settings.site_addr);
    axum::serve(
        listener,
        axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<std::net::SocketAddr>(app),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
