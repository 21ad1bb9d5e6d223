//! The text index (issue 17): its build time and memory on the generated content, one change
//! reaching it, and the site-wide search page's data for a fixed set of queries.

use super::{percentile, RUNS};
use app::i18n::Lang;
use std::time::Instant;

/// Words as people type them: forms, typos, several words, a kind, a language, nothing found.
const QUERIES: [&str; 14] = [
    "q=donnees",
    "q=formations",
    "q=developpeuse",
    "q=accesibilite",
    "q=benevoles",
    "q=data%20analyst",
    "q=proteccion%20de%20datos",
    "q=volontari",
    "q=devloppeur",
    "q=open%20data&kind=resource",
    "q=inclusion&lang=it",
    "q=communaute%20en%20ligne",
    "q=cooperativa&kind=organisation",
    "q=zzzyxw",
];

/// The resident memory of this process, in bytes (Linux).
fn resident() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
        .map(|pages| pages * 4096)
        .unwrap_or(0)
}

pub async fn measure(
    db: &sea_orm::DatabaseConnection,
    search: &app::offers::service::OfferSearch,
    backend: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let before = resident();
    let started = Instant::now();
    let index = search.text.current(db).await?;
    println!(
        "text index of {} items built in {:.1} s: segments {:.0} MB, process memory +{:.0} MB",
        index.len(),
        started.elapsed().as_secs_f64(),
        index.approximate_bytes() as f64 / 1e6,
        resident().saturating_sub(before) as f64 / 1e6
    );
    let mut times = Vec::new();
    for _ in 0..RUNS {
        app::offers::index::reindex(db, 1).await?;
        let started = Instant::now();
        search.text.current(db).await?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "one changed item reaches the text index in {:.1} ms (median of {RUNS})",
        percentile(&times, 0.5)
    );
    println!("| site-wide query | results | median |");
    println!("| --- | ---: | ---: |");
    let mut all = Vec::new();
    for query in QUERIES {
        let page = app::search::page::page(db, &search.text, Lang::Fr, query).await?;
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let started = Instant::now();
            let _ = app::search::page::page(db, &search.text, Lang::Fr, query).await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!("| `{query}` | {} | {:.1} |", page.total, percentile(&times, 0.5));
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "{backend} site-wide search: p50 {:.1} ms, p95 {:.1} ms ({} runs)",
        percentile(&all, 0.5),
        percentile(&all, 0.95),
        all.len()
    );
    Ok(())
}
