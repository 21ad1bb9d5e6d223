//! `/{lang}/search`: every kind at once, grouped, with the best few of each, the sentence where
//! the words matched (marked), and a link to the kind's own list with the same words.

use super::documents::of_kind;
use super::index::{Hit, Kind, SearchDoc};
use super::model::{Found, Group, SearchPage};
use super::snippet::snippet;
use crate::catalogue::query::{Ignored, RawQuery};
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;

/// How many results of each kind the page shows.
const BEST: usize = 3;

/// The public address of a kind's list, and of one of its items.
fn list_segment(kind: Kind) -> &'static str {
    match kind {
        Kind::JobProfile => "jobs",
        other => other.content().segment(),
    }
}

/// The page for the raw query string `query`.
pub async fn page(
    db: &impl ConnectionTrait,
    search: &super::held::SiteSearch,
    lang: Lang,
    query: &str,
) -> Result<SearchPage, AppError> {
    let raw = RawQuery::parse(query);
    let mut ignored = Ignored::default();
    let codes: Vec<&str> = Kind::ALL.iter().map(|k| k.code()).collect();
    let kind = raw.one_of("kind", &codes, &mut ignored);
    let lang_codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let written = raw.one_of("lang", &lang_codes, &mut ignored);
    let q: String = raw
        .get("q")
        .unwrap_or("")
        .chars()
        .take(super::index::MAX_CHARS)
        .collect();
    let mut page = SearchPage {
        q: q.clone(),
        kind: kind.clone(),
        written: written.clone(),
        kinds: codes.iter().map(|c| c.to_string()).collect(),
        ignored,
        ..SearchPage::default()
    };
    if q.trim().is_empty() {
        return Ok(page);
    }
    let only: Vec<Kind> = kind.as_deref().and_then(Kind::parse).into_iter().collect();
    let written_in = written.as_deref().and_then(Lang::parse);
    // Only the best few of each kind are shown: no need to order every item found.
    let result = search.find_unordered(db, &q, &only, written_in).await?;
    let applied: Vec<(String, String)> = [("q", Some(q.clone())), ("kind", kind), ("lang", written)]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| (name.to_string(), v)))
        .collect();
    let path = crate::web::urls::Route::Search.at(lang);
    // Whether the words find something once the kind and language are left out.
    let found_any = !result.hits.is_empty()
        || ((!only.is_empty() || written_in.is_some())
            && !search.find_unordered(db, &q, &[], None).await?.hits.is_empty());
    let searched = super::lists::Searched {
        every_word: result.every_word,
        found_any,
    };
    let total = result.hits.len() as u64;
    page.alternatives =
        super::lists::alternatives(db, search, &only, &path, &applied, total, Some(searched)).await?;
    let hits = result.hits;
    page.total = hits.len();
    let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
    for kind in Kind::ALL {
        let mut of_kind_hits: Vec<Hit> = hits.iter().filter(|h| h.kind == kind).copied().collect();
        if of_kind_hits.is_empty() {
            continue;
        }
        let count = of_kind_hits.len();
        if count > BEST {
            of_kind_hits.select_nth_unstable_by_key(BEST - 1, Hit::order);
            of_kind_hits.truncate(BEST);
        }
        Hit::sort(&mut of_kind_hits);
        let best: Vec<i32> = of_kind_hits.iter().map(|h| h.id).collect();
        let docs: HashMap<i32, SearchDoc> = of_kind(db, kind, Some(&best))
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
        let segment = list_segment(kind);
        page.groups.push(Group {
            kind: kind.code().to_string(),
            count,
            best: best
                .iter()
                .filter_map(|id| docs.get(id))
                .map(|doc| found(doc, lang, &q, segment))
                .collect(),
            list_href: format!("/{}/{segment}?q={encoded}", lang.code()),
        });
    }
    Ok(page)
}

/// A result: the text in the reader's language when there is one (then English, then any).
fn found(doc: &SearchDoc, lang: Lang, q: &str, segment: &str) -> Found {
    let text = doc
        .texts
        .iter()
        .find(|(l, _, _)| *l == lang)
        .or_else(|| doc.texts.iter().find(|(l, _, _)| *l == Lang::En))
        .or_else(|| doc.texts.first());
    let (shown, title, body) =
        text.map(|(l, t, b)| (*l, t.clone(), b.clone()))
            .unwrap_or((lang, doc.slug.clone(), String::new()));
    Found {
        href: format!("/{}/{segment}/{}", lang.code(), doc.slug),
        title,
        lang: shown,
        snippet: snippet(&body, q, shown),
    }
}
