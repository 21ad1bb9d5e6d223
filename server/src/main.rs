//! Starts the portal: settings, database, router, serve.

use server::{build_app, db, Settings};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();
    let settings = Settings::from_env()?;
    let db = db::connect(&settings.database_url).await?;
    db::prepare(&db, settings.demo_content).await?;
    let app = build_app(&settings, db);
    let listener = tokio::net::TcpListener::bind(settings.site_addr).await?;
    tracing::info!("listening on http://{}", settings.site_addr);
    axum::serve(
        listener,
        axum::ServiceExt::<axum::extract::Request>::into_make_service(app),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
