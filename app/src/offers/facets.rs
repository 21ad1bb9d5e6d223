//! The choices of the search form (cities, organisations with open offers, competences) change
//! rarely and cost a dozen small queries: each app server keeps them for a minute.

use crate::catalogue::framework::Framework;
use crate::content::ContentStatus;
use crate::entities::{offer, organisation};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Statement};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the choices are kept.
const TTL: Duration = Duration::from_secs(60);

/// The choices, in every language.
#[derive(Debug, Default)]
pub struct Facets {
    pub cities: Vec<String>,
    /// (slug, name, id) of organisations with at least one open offer.
    pub organisations: Vec<(String, String, i32)>,
    /// (code, id, label per language in `Lang::ALL` order).
    pub competences: Vec<(String, i32, Vec<String>)>,
}

impl Facets {
    /// The competence labels in `lang`.
    pub fn competence_labels(&self, lang: Lang) -> Vec<(String, String)> {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.competences
            .iter()
            .map(|(code, _, labels)| (code.clone(), labels.get(index).cloned().unwrap_or_default()))
            .collect()
    }
}

/// When the choices were loaded, and the choices.
type Entry = Option<(Instant, Arc<Facets>)>;

/// One app server's copy (in `AppState`; a new router starts empty).
#[derive(Clone, Debug, Default)]
pub struct FacetCache(Arc<Mutex<Entry>>);

impl FacetCache {
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<Arc<Facets>, AppError> {
        if let Ok(guard) = self.0.lock() {
            if let Some((at, facets)) = guard.as_ref() {
                if at.elapsed() < TTL {
                    return Ok(facets.clone());
                }
            }
        }
        let facets = Arc::new(load(db).await?);
        if let Ok(mut guard) = self.0.lock() {
            *guard = Some((Instant::now(), facets.clone()));
        }
        Ok(facets)
    }
}

async fn load(db: &impl ConnectionTrait) -> Result<Facets, AppError> {
    let framework = Framework::current(db).await?;
    let competences = framework
        .map(|f| {
            f.competences
                .iter()
                .map(|c| {
                    let key = format!("competence:{}", c.code);
                    let labels = Lang::ALL.iter().map(|l| f.label(&key, *l).text).collect();
                    (c.code.clone(), c.id, labels)
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Facets {
        cities: cities(db).await?,
        organisations: organisations(db).await?,
        competences,
    })
}

/// The cities of offers, read by a loose index scan (one index seek per city, whatever the
/// number of offers; the same SQL on both databases).
async fn cities(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "WITH RECURSIVE c(city) AS ( \
               SELECT MIN(city) FROM offers WHERE city IS NOT NULL \
               UNION ALL \
               SELECT (SELECT MIN(o.city) FROM offers o WHERE o.city > c.city) FROM c WHERE c.city IS NOT NULL \
             ) SELECT city FROM c WHERE city IS NOT NULL"
                .to_string(),
        ))
        .await?;
    let mut cities: Vec<String> = rows
        .into_iter()
        .filter_map(|r| r.try_get_by_index::<String>(0).ok())
        .collect();
    cities.sort_by_key(|c| super::search::fold(c));
    Ok(cities)
}

/// Organisations with at least one open offer (one index probe per organisation).
async fn organisations(db: &impl ConnectionTrait) -> Result<Vec<(String, String, i32)>, AppError> {
    let mut out = Vec::new();
    for org in organisation::Entity::find()
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
    {
        let open = offer::Entity::find()
            .filter(offer::Column::OrganisationId.eq(org.id))
            .filter(super::service::open_condition())
            .one(db)
            .await?
            .is_some();
        if open {
            out.push((org.slug, org.name, org.id));
        }
    }
    Ok(out)
}

/// How long a search result is kept.
const RESULT_TTL: Duration = Duration::from_secs(30);
/// Most results kept; past it the cache starts again empty.
const RESULT_MAX: usize = 2_000;

/// Search results kept for 30 seconds by one app server, keyed by language, query string and
/// the generation of the offers (`index`): the data does not depend on who reads it (saving is
/// asked separately), so every reader of a popular search shares it, and a change to the
/// offers is seen at once.
#[derive(Clone, Debug, Default)]
pub struct ResultCache(Arc<Mutex<Results>>);

/// (language, query string, generation) → (when, result).
type Results =
    std::collections::HashMap<(Lang, String, Option<String>), (Instant, super::model::OfferListPage)>;

impl ResultCache {
    pub fn get(
        &self,
        lang: Lang,
        query: &str,
        generation: &Option<String>,
    ) -> Option<super::model::OfferListPage> {
        let guard = self.0.lock().ok()?;
        let (at, page) = guard.get(&(lang, query.to_string(), generation.clone()))?;
        (at.elapsed() < RESULT_TTL).then(|| page.clone())
    }

    pub fn put(
        &self,
        lang: Lang,
        query: &str,
        generation: &Option<String>,
        page: &super::model::OfferListPage,
    ) {
        if let Ok(mut guard) = self.0.lock() {
            if guard.len() >= RESULT_MAX {
                guard.clear();
            }
            guard.insert(
                (lang, query.to_string(), generation.clone()),
                (Instant::now(), page.clone()),
            );
        }
    }
}
