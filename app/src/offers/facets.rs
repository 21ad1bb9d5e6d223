//! The choices of the search form (cities, organisations with open offers, competences) change
//! rarely and cost a few queries: each app server keeps them for a minute. Search results are
//! kept 30 seconds. Both are `moka` caches, bounded in size, safe to lose.

use crate::catalogue::framework::Framework;
use crate::content::ContentStatus;
use crate::entities::{offer, organisation};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Statement};
use std::sync::Arc;
use std::time::Duration;

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

/// One app server's copy (in `AppState`; a new router starts empty). Readers who ask while
/// the choices load wait for that one load.
#[derive(Clone, Debug)]
pub struct FacetCache(moka::future::Cache<(), Arc<Facets>>);

impl Default for FacetCache {
    fn default() -> Self {
        FacetCache(
            moka::future::Cache::builder()
                .max_capacity(1)
                .time_to_live(TTL)
                .build(),
        )
    }
}

impl FacetCache {
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<Arc<Facets>, AppError> {
        self.0
            .try_get_with((), async { load(db).await.map(Arc::new) })
            .await
            .map_err(|error: Arc<AppError>| (*error).clone())
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
    cities.sort_by_key(|c| crate::catalogue::words::fold(c));
    Ok(cities)
}

/// Organisations with at least one open offer, in one query.
async fn organisations(db: &impl ConnectionTrait) -> Result<Vec<(String, String, i32)>, AppError> {
    let with_open_offers = Query::select()
        .column(offer::Column::OrganisationId)
        .from(offer::Entity)
        .cond_where(super::service::open_condition())
        .to_owned();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Status.eq(ContentStatus::Published))
        .filter(organisation::Column::Id.in_subquery(with_open_offers))
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|org| (org.slug, org.name, org.id))
        .collect())
}

/// How long a search result is kept.
const RESULT_TTL: Duration = Duration::from_secs(30);
/// Most results kept (the least used go first).
const RESULT_MAX: u64 = 2_000;

/// (language, query string, generation of the offers).
type ResultKey = (Lang, String, i64);

/// Search results kept for 30 seconds by one app server, keyed by language, query string and
/// the generation of the offers (`index`): the data does not depend on who reads it (saving is
/// asked separately), so every reader of a popular search shares it, and a change to the
/// offers is seen at once.
#[derive(Clone, Debug)]
pub struct ResultCache(moka::sync::Cache<ResultKey, super::model::OfferListPage>);

impl Default for ResultCache {
    fn default() -> Self {
        ResultCache(
            moka::sync::Cache::builder()
                .max_capacity(RESULT_MAX)
                .time_to_live(RESULT_TTL)
                .build(),
        )
    }
}

impl ResultCache {
    pub fn get(&self, lang: Lang, query: &str, generation: i64) -> Option<super::model::OfferListPage> {
        self.0.get(&(lang, query.to_string(), generation))
    }

    pub fn put(&self, lang: Lang, query: &str, generation: i64, page: &super::model::OfferListPage) {
        self.0.insert((lang, query.to_string(), generation), page.clone());
    }
}
