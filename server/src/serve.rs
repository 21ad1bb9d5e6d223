//! Serving: the job runner, the warm-up of the search indexes, the router on its address, and
//! a clean stop. On SIGTERM or Ctrl-C the server stops taking connections, gives its job
//! leases back at once (another server takes its jobs without waiting for them to expire), lets
//! the requests in flight finish within `SHUTDOWN_GRACE_SECONDS`, and exits.

use crate::config::{LogFormat, Settings};
use crate::{app_state, build_router};
use sea_orm::DatabaseConnection;
use tracing_subscriber::EnvFilter;

/// Log lines as text, or one JSON object per line (`LOG_FORMAT=json`), on standard output;
/// `RUST_LOG` filters them (default `info`).
pub fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    if let Err(error) = tracing::subscriber::set_global_default(subscriber(format, filter, std::io::stdout)) {
        eprintln!("logging: {error}");
    }
}

/// The subscriber `init_logging` installs, writing to `writer` (tests read what it writes).
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'a> tracing_subscriber::fmt::MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    match format {
        LogFormat::Text => Box::new(builder.finish()),
        LogFormat::Json => Box::new(
            builder
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .with_span_list(true)
                .finish(),
        ),
    }
}

pub async fn serve(settings: &Settings, db: DatabaseConnection) -> Result<(), Box<dyn std::error::Error>> {
    if app::accounts::users::admin_count(&db).await? == 0 {
        tracing::warn!("{}", crate::admin_cli::HOW_TO);
    }
    if !settings.operator.is_complete() {
        tracing::warn!(
            "the legal pages need who runs this site: set OPERATOR_NAME, OPERATOR_ADDRESS, \
             OPERATOR_EMAIL and OPERATOR_HOSTING (docs/operating.md)"
        );
    }
    let state = app_state(settings, db);
    let runner = crate::background::runner(settings, &state)?.beating(state.jobs.clone());
    let jobs = runner.clone().spawn(crate::background::POLL);
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
    let app = build_router(settings, state);
    let listener = tokio::net::TcpListener::bind(settings.site_addr).await?;
    tracing::info!("listening on http://{}", settings.site_addr);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let server =
        axum::serve(
            listener,
            axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<
                std::net::SocketAddr,
            >(app),
        )
        .with_graceful_shutdown(async move {
            let mut stopped = stopped;
            let _ = stopped.wait_for(|s| *s).await;
        });
    let mut server = tokio::spawn(async move { server.await });
    tokio::select! {
        ended = &mut server => {
            jobs.abort();
            return Ok(ended??);
        }
        _ = stop_signal() => {}
    }
    // Another server takes this one's jobs at once instead of waiting for the leases to end.
    jobs.abort();
    match runner.release().await {
        Ok(released) => tracing::info!(released, "background jobs released"),
        Err(error) => tracing::error!(%error, "releasing background jobs"),
    }
    let _ = stop.send(true);
    match tokio::time::timeout(settings.shutdown_grace, &mut server).await {
        Ok(ended) => ended??,
        Err(_) => tracing::warn!(
            grace = settings.shutdown_grace.as_secs(),
            "requests still running when the grace period ended: stopping anyway"
        ),
    }
    tracing::info!("stopped");
    Ok(())
}

/// Ctrl-C, or SIGTERM (what service managers send).
async fn stop_signal() {
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
    tracing::info!("stop asked: no new connections, finishing the requests in flight");
}
