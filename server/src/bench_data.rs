//! Generated offers for `make bench`: copies of the demo offers (all four languages, their
//! competences) with varied titles, places and dates, written in large batches with their
//! competence links (`others`: the other kinds). Never used by the portal itself.

use app::entities::{offer, offer_competence, offer_translation};
use chrono::{Duration, Utc};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryOrder, TransactionTrait,
};

pub mod others;

/// Words added to titles so that copies differ.
const VARIANTS: [&str; 12] = [
    "junior",
    "senior",
    "territoire",
    "rural",
    "coordination",
    "europe",
    "quartier",
    "réseau",
    "mission",
    "atelier",
    "programme",
    "projet",
];
const CITIES: [(&str, &str); 12] = [
    ("Lyon", "FR"),
    ("Nantes", "FR"),
    ("Lille", "FR"),
    ("Bruxelles", "BE"),
    ("Liège", "BE"),
    ("Gent", "BE"),
    ("Bologna", "IT"),
    ("Torino", "IT"),
    ("Napoli", "IT"),
    ("Madrid", "ES"),
    ("Zaragoza", "ES"),
    ("Sevilla", "ES"),
];

struct Template {
    offer: offer::Model,
    texts: Vec<offer_translation::Model>,
    competences: Vec<offer_competence::Model>,
}

/// Adds `count` offers to a database that holds the demo content.
pub async fn generate(db: &DatabaseConnection, count: usize) -> Result<(), DbErr> {
    let demo = offer::Entity::find()
        .order_by_asc(offer::Column::Id)
        .all(db)
        .await?;
    let texts = offer_translation::Entity::find().all(db).await?;
    let links = offer_competence::Entity::find().all(db).await?;
    let templates: Vec<Template> = demo
        .into_iter()
        .map(|o| {
            let texts: Vec<offer_translation::Model> = texts
                .iter()
                .filter(|t| t.offer_id == o.id)
                .cloned()
                .map(|mut t| {
                    // The first paragraph keeps the data set realistic but compact.
                    t.description_md = t.description_md.split("\n\n").next().unwrap_or("").to_string();
                    t
                })
                .collect();
            Template {
                competences: links.iter().filter(|l| l.offer_id == o.id).cloned().collect(),
                offer: o,
                texts,
            }
        })
        .collect();
    if templates.is_empty() {
        return Err(DbErr::Custom("load the demo content first".into()));
    }
    let first_id = offer::Entity::find()
        .order_by_desc(offer::Column::Id)
        .one(db)
        .await?
        .map(|o| o.id + 1)
        .unwrap_or(1);
    let backend = db.get_database_backend();
    let now = Utc::now();
    let today = now.date_naive();
    const BATCH: usize = 500;
    for start in (0..count).step_by(BATCH) {
        let txn = db.begin().await?;
        let mut offers = Query::insert();
        offers.into_table(offer::Entity).columns([
            offer::Column::Id,
            offer::Column::Slug,
            offer::Column::Kind,
            offer::Column::OrganisationId,
            offer::Column::JobProfileId,
            offer::Column::City,
            offer::Column::Country,
            offer::Column::WorkMode,
            offer::Column::Contract,
            offer::Column::OriginalLang,
            offer::Column::ValidUntil,
            offer::Column::ApplyUrl,
            offer::Column::ApplyEmail,
            offer::Column::Status,
            offer::Column::PostedAt,
        ]);
        let mut translations = Query::insert();
        translations.into_table(offer_translation::Entity).columns([
            offer_translation::Column::OfferId,
            offer_translation::Column::Lang,
            offer_translation::Column::Title,
            offer_translation::Column::DescriptionMd,
            offer_translation::Column::HowToApply,
        ]);
        let mut competences = Query::insert();
        competences
            .into_table(offer_competence::Entity)
            .columns([
                offer_competence::Column::OfferId,
                offer_competence::Column::CompetenceId,
                offer_competence::Column::Level,
            ])
            .on_conflict(OnConflict::new().do_nothing().to_owned());
        for i in start..(start + BATCH).min(count) {
            let t = &templates[i % templates.len()];
            let id = first_id + i as i32;
            let variant = VARIANTS[(i / templates.len()) % VARIANTS.len()];
            let (city, country) = if t.offer.city.is_some() {
                let (c, k) = CITIES[(i / 7) % CITIES.len()];
                (Some(c.to_string()), Some(k.to_string()))
            } else {
                (None, t.offer.country.clone())
            };
            let valid = today + Duration::days((i % 100) as i64 - 8);
            let posted = now - Duration::days((i % 120) as i64);
            offers.values_panic([
                id.into(),
                format!("gen-{i}-{}", t.offer.slug).into(),
                t.offer.kind.code().into(),
                t.offer.organisation_id.into(),
                t.offer.job_profile_id.into(),
                city.clone().into(),
                country.into(),
                t.offer.work_mode.code().into(),
                t.offer.contract.clone().into(),
                t.offer.original_lang.code().into(),
                Some(valid).into(),
                t.offer.apply_url.clone().into(),
                t.offer.apply_email.clone().into(),
                app::content::ContentStatus::Published.code().into(),
                posted.into(),
            ]);
            for text in &t.texts {
                let title = format!("{} ({variant} {})", text.title, i % 1000);
                translations.values_panic([
                    id.into(),
                    text.lang.clone().into(),
                    title.into(),
                    text.description_md.clone().into(),
                    text.how_to_apply.clone().into(),
                ]);
            }
            for link in &t.competences {
                competences.values_panic([id.into(), link.competence_id.into(), link.level.into()]);
            }
        }
        txn.execute(&offers).await?;
        txn.execute(&translations).await?;
        txn.execute(&competences).await?;
        txn.commit().await?;
    }
    if backend == DbBackend::Postgres {
        db.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('offers', 'id'), (SELECT MAX(id) FROM offers))",
        )
        .await?;
        db.execute_unprepared("ANALYZE").await?;
    } else {
        db.execute_unprepared("ANALYZE").await?;
    }
    app::offers::index::touch(db).await?;
    Ok(())
}
