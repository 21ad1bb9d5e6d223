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
    if let Some(seed) = settings.badge_signing_key {
        app::pathways::badges::signing::configure(seed);
    }
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
    let state = app_state(&settings, db);
    let runner = server::background::runner(&settings, &state)?;
    let jobs = runner.clone().spawn(server::background::POLL);
    // The search indexes are built now rather than by the first visitor's search.
    let warm = state.clone();
    tokio::spawn(async move {
        if let Err(error) = warm.offer_search.index.refresh(&warm.db).await {
            tracing::error!(%error, "building the offer search index");
        }
        if let Err(error) = warm.offer_search.text.current(&warm.db).await {
            tracing::error!(%error, "building the text search index");
        }
    });
    let app = build_router(&settings, state);
    let listener = tokio::net::TcpListener::bind(settings.site_addr).await?;
    tracing::info!("listening on http://{}", settings.site_addr);
    axum::serve(
        listener,
        axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<std::net::SocketAddr>(app),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    // Another server takes this one's jobs at once instead of waiting for the leases to end.
    jobs.abort();
    match runner.release().await {
        Ok(released) => tracing::info!(released, "background jobs released"),
        Err(error) => tracing::error!(%error, "releasing background jobs"),
    }
    Ok(())
}

/// Ctrl-C, or SIGTERM (what service managers send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
