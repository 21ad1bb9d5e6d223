//! Every list's words field on the one engine: the items of a kind the words find, in order of
//! relevance, for the list to keep among its own filters; and the ways on when the list ends up
//! empty (`crate::ui::alternatives`). So the same words find the same things on every list and
//! on the site-wide search.

use super::held::SiteSearch;
use super::index::Kind;
use crate::catalogue::query::{PageInfo, PAGE_SIZE};
use crate::error::AppError;
use crate::ui::alternatives::Alternatives;
use crate::ui::pagination::href_with;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;

/// The items of one kind a list's words find.
#[derive(Clone, Debug, Default)]
pub struct ListWords {
    /// Their ids, the best first.
    pub ids: Vec<i32>,
    /// Each id's place, made when a list first asks (the offers search reads `ids` only).
    rank: std::sync::OnceLock<HashMap<i32, usize>>,
    /// They hold every word (otherwise some: no item holds them all).
    pub every_word: bool,
    /// `ids` are in order of relevance (not when the list asked for none, or when the words
    /// were only stop words, whose relevance says nothing).
    pub ranked: bool,
}

impl ListWords {
    fn rank(&self) -> &HashMap<i32, usize> {
        self.rank
            .get_or_init(|| self.ids.iter().enumerate().map(|(n, id)| (*id, n)).collect())
    }

    /// Whether the words find item `id`.
    pub fn keeps(&self, id: i32) -> bool {
        self.rank().contains_key(&id)
    }

    /// Keeps the items of `items` the words find, the best first (equal ones keep their order).
    pub fn keep<T>(&self, items: Vec<T>, id: impl Fn(&T) -> i32) -> Vec<T> {
        let mut kept: Vec<(usize, T)> = items
            .into_iter()
            .filter_map(|item| self.rank().get(&id(&item)).map(|rank| (*rank, item)))
            .collect();
        kept.sort_by_key(|(rank, _)| *rank);
        kept.into_iter().map(|(_, item)| item).collect()
    }
}

/// Keeps `items` when there are no `words`; otherwise those the words find, the best first.
pub fn keep<T>(words: Option<&ListWords>, items: Vec<T>, id: impl Fn(&T) -> i32) -> Vec<T> {
    match words {
        Some(words) => words.keep(items, id),
        None => items,
    }
}

/// The words field of a list's query string (`q`, cut to the longest query read).
pub fn q_of(raw: &crate::catalogue::query::RawQuery) -> String {
    raw.get("q")
        .unwrap_or_default()
        .trim()
        .chars()
        .take(super::index::MAX_CHARS)
        .collect()
}

impl ListWords {
    /// What the words found, before the list's filters.
    pub fn searched(&self) -> Searched {
        Searched {
            every_word: self.every_word,
            found_any: !self.ids.is_empty(),
        }
    }
}

/// What a search's words found, before any filter.
#[derive(Clone, Copy, Debug)]
pub struct Searched {
    pub every_word: bool,
    pub found_any: bool,
}

/// What `q` finds among the items of `kind`; `None` when it has no word to search.
pub async fn list_words(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    kind: Kind,
    q: &str,
) -> Result<Option<ListWords>, AppError> {
    list_words_ordered(db, search, kind, q, true).await
}

/// The same, in order of relevance only when `ordered` (a list sorted otherwise needs only
/// which items the words find, and is spared ordering up to 100,000 of them).
pub async fn list_words_ordered(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    kind: Kind,
    q: &str,
    ordered: bool,
) -> Result<Option<ListWords>, AppError> {
    if super::index::SearchIndex::words(q).is_empty() {
        return Ok(None);
    }
    let mut found = search.find_unordered(db, q, &[kind], None).await?;
    let ranked = ordered && found.scored;
    if ranked {
        super::index::Hit::sort(&mut found.hits);
    }
    let ids: Vec<i32> = found.hits.iter().map(|h| h.id).collect();
    Ok(Some(ListWords {
        rank: std::sync::OnceLock::new(),
        ids,
        every_word: found.every_word,
        ranked,
    }))
}

/// The ways on from a list of `kinds` at `path` showing `total` items for the parameters
/// `applied` (words `q` among them, which found `words`): a spelling that finds something and the same words without the
/// filters when it is empty; the note that only some words matched otherwise.
pub async fn alternatives(
    db: &impl ConnectionTrait,
    search: &SiteSearch,
    kinds: &[Kind],
    path: &str,
    applied: &[(String, String)],
    total: u64,
    words: Option<Searched>,
) -> Result<Alternatives, AppError> {
    let mut ways = Alternatives {
        some_words: total > 0 && words.is_some_and(|w| !w.every_word),
        ..Alternatives::default()
    };
    if total > 0 {
        return Ok(ways);
    }
    let q = applied
        .iter()
        .find(|(name, _)| name == "q")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    if words.is_some() {
        if let Some(better) = search.suggest(db, q, kinds, None).await? {
            let params: Vec<(String, String)> = applied
                .iter()
                .map(|(name, value)| match name.as_str() {
                    "q" => (name.clone(), better.clone()),
                    _ => (name.clone(), value.clone()),
                })
                .collect();
            ways.suggestion = Some((better, href_with(path, &params, None)));
        }
    }
    let filtered = applied.iter().any(|(name, _)| name != "q" && name != "sort");
    if filtered && words.is_none_or(|w| w.found_any) {
        let only_words: Vec<(String, String)> =
            applied.iter().filter(|(name, _)| name == "q").cloned().collect();
        ways.without_filters = Some(href_with(path, &only_words, None));
    }
    Ok(ways)
}

/// One page of a list read from the database by `select` (its filters and its own order): with
/// words, the ids `select` keeps are read first and ordered by relevance, then the page's rows.
pub async fn page_of<E>(
    db: &impl ConnectionTrait,
    select: sea_orm::Select<E>,
    id: E::Column,
    row_id: impl Fn(&E::Model) -> i32,
    words: Option<&ListWords>,
    page: u64,
    ignored: &mut crate::catalogue::query::Ignored,
) -> Result<(PageInfo, Vec<E::Model>), AppError>
where
    E: sea_orm::EntityTrait,
    E::Model: Send + Sync,
{
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QuerySelect};
    let Some(words) = words else {
        let total = select.clone().count(db).await?;
        let info = PageInfo::new(page, total, ignored);
        let rows = select.offset(info.offset()).limit(PAGE_SIZE).all(db).await?;
        return Ok((info, rows));
    };
    let ids: Vec<i32> = select
        .clone()
        .select_only()
        .column(id)
        .into_tuple()
        .all(db)
        .await?;
    let kept = words.keep(ids, |id| *id);
    let info = PageInfo::new(page, kept.len() as u64, ignored);
    let shown: Vec<i32> = kept
        .into_iter()
        .skip(usize::try_from(info.offset()).unwrap_or(usize::MAX))
        .take(PAGE_SIZE as usize)
        .collect();
    let mut rows: Vec<(usize, E::Model)> = Vec::new();
    for row in select.filter(id.is_in(shown.clone())).all(db).await? {
        if let Some(at) = shown.iter().position(|x| *x == row_id(&row)) {
            rows.push((at, row));
        }
    }
    rows.sort_by_key(|(at, _)| *at);
    Ok((info, rows.into_iter().map(|(_, row)| row).collect()))
}
