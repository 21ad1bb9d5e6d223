//! The offer search page: the query string understood (unknown values ignored and reported),
//! matched by this app server's index (`engine`), and the page's cards read from the database.

use super::codes::{kind_codes, work_mode_codes, OfferKind, WorkMode, POSTED_WITHIN, SORTS};
use super::engine::{Field, Order, Query};
use super::facets::{FacetCache, ResultCache};
use super::index::OfferIndex;
use super::model::{OfferFilters, OfferListPage};
use super::place_filter::{place_group, places_of, radius_of, suggested_towns};
use crate::assessment::matching::{score, Profile, Required, Score};
use crate::catalogue::codes::COUNTRIES;
use crate::catalogue::query::{Ignored, PageInfo, RawQuery, PAGE_SIZE};
use crate::content::ContentStatus;
use crate::entities::offer;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::index::{Kind, MAX_CHARS};
use crate::search::lists::{alternatives, list_words_ordered};
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait};

/// Open offers: published and not past their closing date.
pub fn open_condition() -> Condition {
    let today = Utc::now().date_naive();
    Condition::all()
        .add(offer::Column::Status.eq(ContentStatus::Published))
        .add(
            Condition::any()
                .add(offer::Column::ValidUntil.is_null())
                .add(offer::Column::ValidUntil.gte(today)),
        )
}

/// What one app server keeps for the offer search (in `AppState`).
#[derive(Clone, Debug, Default)]
pub struct OfferSearch {
    pub facets: FacetCache,
    pub index: OfferIndex,
    pub results: ResultCache,
    /// The text index of every kind (the words of this search, every list's, the site-wide
    /// search's).
    pub text: crate::search::held::SiteSearch,
}

/// The search page for the raw query string `query`, from the result cache when this
/// app server answered the same search on the same offers within 30 seconds.
pub async fn list(
    db: &impl ConnectionTrait,
    search: &OfferSearch,
    lang: Lang,
    query: &str,
) -> Result<OfferListPage, AppError> {
    let generation = search.index.refresh(db).await?;
    if let Some(page) = search.results.get(lang, query, generation) {
        return Ok(page);
    }
    let page = search_with(db, search, lang, query, None, None).await?;
    search.results.put(lang, query, generation, &page);
    Ok(page)
}

/// The search for a reader whose competence profile is `profile`: "matches my profile" and the
/// order by fit are personal, so those searches never come from (or go to) the result cache.
pub async fn list_for(
    db: &impl ConnectionTrait,
    search: &OfferSearch,
    lang: Lang,
    query: &str,
    profile: Option<&Profile>,
) -> Result<OfferListPage, AppError> {
    let raw = RawQuery::parse(query);
    let personal = raw.get("fit").is_some() || raw.get("sort") == Some("fit");
    match profile {
        Some(profile) if personal => {
            search.index.refresh(db).await?;
            let mut page = search_with(db, search, lang, query, None, Some(profile)).await?;
            page.has_profile = true;
            Ok(page)
        }
        _ => {
            let mut page = list(db, search, lang, query).await?;
            page.has_profile = profile.is_some();
            Ok(page)
        }
    }
}

/// The search without the result cache, limited to offers posted after `since` when given
/// (alerts).
pub async fn list_since(
    db: &impl ConnectionTrait,
    search: &OfferSearch,
    lang: Lang,
    query: &str,
    since: Option<chrono::DateTime<Utc>>,
) -> Result<OfferListPage, AppError> {
    search.index.refresh(db).await?;
    search_with(db, search, lang, query, since, None).await
}

/// The search on the index as it is (with "matches my profile" and the order by fit when the
/// reader's `profile` is given).
async fn search_with(
    db: &impl ConnectionTrait,
    search: &OfferSearch,
    lang: Lang,
    query: &str,
    since: Option<chrono::DateTime<Utc>>,
    profile: Option<&Profile>,
) -> Result<OfferListPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let page = raw.page(&mut ignored);
    let q = raw.get("q").unwrap_or("").to_string();
    if q.chars().count() > MAX_CHARS {
        ignored.add("q");
    }
    let facets = search.facets.get(db).await?;
    let cities = facets.cities.clone();
    let organisations: Vec<(String, String)> = facets
        .organisations
        .iter()
        .map(|(s, n, _)| (s.clone(), n.clone()))
        .collect();
    let competence_codes: Vec<String> = facets.competences.iter().map(|c| c.0.clone()).collect();
    let org_slugs: Vec<&str> = organisations.iter().map(|(s, _)| s.as_str()).collect();
    let codes: Vec<&str> = competence_codes.iter().map(String::as_str).collect();
    let lang_codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let filters = OfferFilters {
        q: q.chars().take(MAX_CHARS).collect(),
        kind: raw
            .any_of("kind", &kind_codes(), &mut ignored)
            .iter()
            .filter_map(|code| OfferKind::parse(code))
            .collect(),
        country: raw.any_of("country", &COUNTRIES, &mut ignored),
        city: places_of(&raw, &cities, &mut ignored),
        radius: radius_of(&raw, &mut ignored),
        mode: raw
            .any_of("mode", &work_mode_codes(), &mut ignored)
            .iter()
            .filter_map(|code| WorkMode::parse(code))
            .collect(),
        lang: raw.any_of("lang", &lang_codes, &mut ignored),
        competence: raw.one_of("competence", &codes, &mut ignored),
        organisation: raw.one_of("organisation", &org_slugs, &mut ignored),
        posted: raw.one_of("posted", &POSTED_WITHIN, &mut ignored),
        sort: raw
            .one_of("sort", &SORTS, &mut ignored)
            // The order by fit needs a profile; relevance without words is the newest first.
            .filter(|sort| sort != "fit" || profile.is_some())
            .unwrap_or_else(|| "relevance".to_string()),
        fit: raw.one_of("fit", &["mine"], &mut ignored).is_some() && profile.is_some(),
    };

    let by_relevance = filters.sort == "relevance";
    let words = list_words_ordered(db, &search.text, Kind::Offer, &filters.q, by_relevance).await?;
    let id_of = |found: Option<i32>| found.unwrap_or(-1).to_string();
    let mut query = Query {
        words: words.as_ref().map(|w| w.ids.as_slice()),
        filters: Vec::new(),
        posted_from: filters
            .posted
            .as_deref()
            .and_then(|d| d.parse::<i64>().ok())
            .map(|days| Utc::now() - Duration::days(days)),
        posted_after: since,
        today: Utc::now().date_naive(),
        order: match filters.sort.as_str() {
            "closing" => Order::Closing,
            "newest" => Order::Newest,
            // Words whose relevance says nothing (only stop words): the newest first.
            _ if words.as_ref().is_some_and(|w| !w.ranked) => Order::Newest,
            _ => Order::Relevance,
        },
    };
    let kind: Vec<String> = filters.kind.iter().map(|k| k.code().to_string()).collect();
    let mode: Vec<String> = filters.mode.iter().map(|m| m.code().to_string()).collect();
    for (field, values) in [
        (Field::Kind, &kind),
        (Field::Country, &filters.country),
        (Field::Mode, &mode),
        (Field::Lang, &filters.lang),
    ] {
        if !values.is_empty() {
            query
                .filters
                .push(values.iter().map(|v| (field, v.clone())).collect());
        }
    }
    if !filters.city.is_empty() {
        let radius = filters
            .radius
            .as_deref()
            .and_then(|r| r.parse().ok())
            .unwrap_or(super::codes::DEFAULT_RADIUS_KM);
        query.filters.push(place_group(&filters.city, &cities, radius));
    }
    if let Some(code) = &filters.competence {
        let id = facets.competences.iter().find(|c| &c.0 == code).map(|c| c.1);
        query.filters.push(vec![(Field::Competence, id_of(id))]);
    }
    if let Some(slug) = &filters.organisation {
        let id = facets.organisations.iter().find(|o| &o.0 == slug).map(|o| o.2);
        query.filters.push(vec![(Field::Organisation, id_of(id))]);
    }
    let by_fit = filters.sort == "fit";
    let (info, ids) = search.index.read(|snapshot| {
        let mut found = snapshot.matches(&query);
        if let (Some(profile), true) = (profile, filters.fit) {
            snapshot.retain(&mut found, |required| meets_all(profile, required));
        }
        let info = PageInfo::new(page, found.all.len(), &mut ignored);
        let offset = usize::try_from(info.offset()).unwrap_or(usize::MAX);
        let ids = match profile {
            Some(profile) if by_fit => by_fit_page(profile, snapshot.with_requirements(&found), offset),
            _ => snapshot.page(&found, query.order, offset, PAGE_SIZE as usize),
        };
        (info, ids)
    });
    let items = super::cards::cards_in_order(db, lang, &ids).await?;

    let mut applied = Vec::new();
    if !filters.q.trim().is_empty() {
        applied.push(("q".to_string(), filters.q.clone()));
    }
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<String>>();
    for (name, values) in [
        ("kind", kind.clone()),
        ("country", filters.country.clone()),
        ("city", filters.city.clone()),
        ("radius", one(&filters.radius)),
        ("mode", mode.clone()),
        ("lang", filters.lang.clone()),
        ("competence", one(&filters.competence)),
        ("organisation", one(&filters.organisation)),
        ("posted", one(&filters.posted)),
    ] {
        applied.extend(values.into_iter().map(|v| (name.to_string(), v)));
    }
    if filters.fit {
        applied.push(("fit".to_string(), "mine".to_string()));
    }
    if filters.sort != "relevance" {
        applied.push(("sort".to_string(), filters.sort.clone()));
    }
    let competences = facets.competence_labels(lang);
    let path = crate::web::urls::Route::Offers.at(lang);
    let searched = words.as_ref().map(|w| w.searched());
    let mut alternatives = alternatives(
        db,
        &search.text,
        &[Kind::Offer],
        &path,
        &applied,
        info.total,
        searched,
    )
    .await?;
    if info.total == 0 {
        alternatives.alert = Some(format!("#{}", super::codes::SAVE_SEARCH_ANCHOR));
    }
    Ok(OfferListPage {
        towns: suggested_towns(&cities),
        alternatives,
        items,
        page: info,
        filters,
        applied,
        ignored,
        cities,
        organisations,
        competences,
        has_profile: profile.is_some(),
    })
}

/// Whether `profile` meets every requirement (an offer asking for nothing is not a match:
/// there is nothing to match).
pub fn meets_all(profile: &Profile, required: &[Required]) -> bool {
    let score = score(profile, required);
    score.total > 0 && score.meets == score.total
}

/// One page of `offers` (newest first), the best fit first; equal fits stay newest first.
fn by_fit_page<'a>(
    profile: &Profile,
    offers: impl Iterator<Item = (i32, &'a [Required])>,
    offset: usize,
) -> Vec<i32> {
    let mut scored: Vec<(i32, Score)> = offers.map(|(id, r)| (id, score(profile, r))).collect();
    // Offers asking for nothing have nothing to compare: after every other.
    scored.sort_by(|(_, a), (_, b)| (a.total == 0).cmp(&(b.total == 0)).then(a.better(b)));
    scored
        .into_iter()
        .skip(offset)
        .take(PAGE_SIZE as usize)
        .map(|(id, _)| id)
        .collect()
}
