//! `make bench`: fills a database with generated offers and 10,000 items of the other kinds
//! (once) and measures the offer search (the whole search page's data: count, page, cards and
//! filter choices) and the site-wide search for fixed sets of queries.
//! Usage: `bench <database-url> <offers>`.

#[path = "bench/site_search.rs"]
mod site_search;

use app::i18n::Lang;
use std::time::Instant;

/// The fixed queries: words alone, then words with filters, then filters alone, then the
/// widest searches (one-letter prefixes, a deep page).
const QUERIES: [&str; 28] = [
    "q=donnees",
    "q=developpeur",
    "q=educacion",
    "q=data%20analyst",
    "q=accessibilite",
    "q=formation",
    "q=python",
    "q=benevole",
    "q=cooperativa",
    "q=privacy",
    "q=inclusion%20numerique",
    "q=open%20data",
    "q=donnees&country=FR",
    "q=developpeur&kind=job&mode=remote",
    "q=educacion&country=ES&posted=30",
    "q=data&competence=1.3",
    "q=formation&kind=training&sort=closing",
    "q=inclusion&lang=it",
    "q=privacy&mode=hybrid&country=IT",
    "q=projet&organisation=conecta-mayores",
    "kind=internship&country=BE",
    "mode=remote&posted=7",
    "competence=4.2&sort=closing",
    "country=ES&kind=job&mode=on_site",
    "q=d",
    "q=a%20e",
    "q=de&sort=closing",
    "sort=newest&page=250",
];
const RUNS: usize = 10;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(url), Some(count)) = (args.first(), args.get(1).and_then(|c| c.parse::<usize>().ok())) else {
        return Err("usage: bench <database-url> <offers>".into());
    };
    let db = server::db::connect(url).await?;
    server::db::prepare(&db, true).await?;
    let existing: usize = {
        use sea_orm::{EntityTrait, PaginatorTrait};
        app::entities::offer::Entity::find().count(&db).await? as usize
    };
    if existing < count {
        let started = Instant::now();
        server::bench_data::generate(&db, count - existing).await?;
        println!(
            "generated {} offers in {:.1} s",
            count - existing,
            started.elapsed().as_secs_f64()
        );
    }
    let started = Instant::now();
    let others = server::bench_data::others::generate(&db).await?;
    if others > 0 {
        app::offers::index::touch(&db).await?;
        println!(
            "generated {others} items of the other kinds in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    let backend = format!("{:?}", sea_orm::ConnectionTrait::get_database_backend(&db));
    // As in the portal: the form's choices are kept by the app server.
    let search = app::offers::service::OfferSearch::default();
    let started = Instant::now();
    search.index.refresh(&db).await?;
    let (documents, bytes) = search
        .index
        .read(|index| (index.len(), index.approximate_bytes()));
    println!(
        "index of {documents} open and closed offers built in {:.1} s, about {:.0} MB",
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6
    );
    changed_offer(&db, &search).await?;
    site_search::measure(&db, &search, &backend).await?;
    profile_ranking(&db, &search).await?;
    let mut all = Vec::new();
    let mut words = Vec::new();
    let mut filtered = Vec::new();
    println!("{backend}: {RUNS} runs per query after one warm-up (milliseconds)");
    println!("| query | results | median |");
    println!("| --- | ---: | ---: |");
    for query in QUERIES {
        let page = app::offers::service::list_since(&db, &search, Lang::Fr, query, None).await?;
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let started = Instant::now();
            let _ = app::offers::service::list_since(&db, &search, Lang::Fr, query, None).await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| `{query}` | {} | {:.1} |",
            page.page.total,
            percentile(&times, 0.5)
        );
        all.extend(times.iter().copied());
        if !query.contains('&') {
            words.extend(times);
        } else {
            filtered.extend(times);
        }
    }
    for (name, times) in [
        ("words only", &mut words),
        ("with filters", &mut filtered),
        ("all", &mut all),
    ] {
        times.sort_by(f64::total_cmp);
        println!(
            "{backend} {name}: p50 {:.1} ms, p95 {:.1} ms ({} runs)",
            percentile(times, 0.5),
            percentile(times, 0.95),
            times.len()
        );
    }
    Ok(())
}

/// How long the next search waits for the index to learn of one changed offer (its text
/// rewritten, as the write path does), instead of a rebuild.
async fn changed_offer(
    db: &sea_orm::DatabaseConnection,
    search: &app::offers::service::OfferSearch,
) -> Result<(), Box<dyn std::error::Error>> {
    use sea_orm::{EntityTrait, QueryOrder};
    let Some(offer) = app::entities::offer::Entity::find()
        .order_by_desc(app::entities::offer::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let mut times = Vec::new();
    for _ in 0..RUNS {
        app::offers::index::reindex(db, offer.id).await?;
        let started = Instant::now();
        search.index.refresh(db).await?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "one changed offer reaches the index in {:.1} ms (median of {RUNS})",
        percentile(&times, 0.5)
    );
    Ok(())
}

/// Ranking every offer for one competence profile (issue 16): the pure rules over all the
/// offers' requirements, and the whole offers search sorted by fit (cards included).
async fn profile_ranking(
    db: &sea_orm::DatabaseConnection,
    search: &app::offers::service::OfferSearch,
) -> Result<(), Box<dyn std::error::Error>> {
    use app::assessment::matching::{rank, Profile, Required};
    let Some(fw) = app::catalogue::framework::Framework::current(db).await? else {
        return Ok(());
    };
    // Someone at level 3 on most competences, 5 on a few, and unsure of the rest.
    let answers = fw.competences.iter().enumerate().map(|(i, c)| {
        let level = match i % 7 {
            0 => None,
            1 | 2 => Some(5),
            _ => Some(3),
        };
        (c.id, level)
    });
    let profile = Profile::from_parts(answers, []);
    let offers: Vec<(i32, Vec<Required>)> = search.index.read(|index| {
        let everything = app::offers::engine::Query {
            words: None,
            filters: Vec::new(),
            posted_from: None,
            posted_after: None,
            today: chrono::NaiveDate::MIN,
            order: app::offers::engine::Order::Newest,
        };
        let found = index.matches(&everything);
        index
            .with_requirements(&found)
            .map(|(id, r)| (id, r.to_vec()))
            .collect()
    });
    let mut times = Vec::new();
    let mut ranked = 0;
    for _ in 0..50 {
        let started = Instant::now();
        ranked = rank(&profile, offers.iter().map(|(id, r)| (*id, r.as_slice()))).len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "ranking {} offers ({ranked} asking for competences) for one profile: p50 {:.1} ms, p95 {:.1} ms (50 runs)",
        offers.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95)
    );
    let mut times = Vec::new();
    for query in ["sort=fit", "fit=mine&sort=fit", "fit=mine&q=donnees"] {
        for _ in 0..RUNS {
            let started = Instant::now();
            let _ = app::offers::service::list_for(db, search, Lang::Fr, query, Some(&profile)).await?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    println!(
        "offers search by fit (sort=fit, fit=mine): p50 {:.1} ms, p95 {:.1} ms ({} runs)",
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times.len()
    );
    Ok(())
}
