//! The offer filter index, held in each app server's memory and kept up to date from the
//! database (`super::index`). Every published offer is one document; documents are numbered
//! newest first, so the order of a bitmap of matches is already "newest first" and a page of
//! results is read without sorting. Filters and the total are set operations on compressed
//! bitmaps (`roaring`): a few milliseconds for 100,000 offers, whatever the number of matches,
//! and the same on SQLite and PostgreSQL because neither does the matching. The words are read
//! by the site-wide text index (`crate::search`), which gives the offers they match in order of
//! relevance; the bitmaps then keep those the filters allow.
//!
//! Numbers start high (`FIRST`) so that an offer published later takes the number below the
//! newest one (`update`): the index learns of a change without being rebuilt.

use super::codes::{OfferKind, WorkMode};
use crate::assessment::matching::Required;
use chrono::{DateTime, NaiveDate, Utc};
use roaring::{MultiOps, RoaringBitmap};
use rustc_hash::FxHashMap;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

/// An offer as the index reads it.
#[derive(Clone, Debug)]
pub struct Document {
    pub id: i32,
    pub kind: OfferKind,
    pub country: Option<String>,
    pub city: Option<String>,
    pub work_mode: WorkMode,
    pub organisation_id: i32,
    pub posted_at: DateTime<Utc>,
    pub valid_until: Option<NaiveDate>,
    /// Languages the offer is written in.
    pub langs: Vec<String>,
    pub competence_ids: Vec<i32>,
    /// The levels it asks for (1 when the offer names none): what "matches my profile"
    /// compares.
    pub requirements: Vec<Required>,
}

/// The filters a search can combine.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub enum Field {
    Kind,
    Country,
    City,
    Mode,
    Lang,
    Competence,
    Organisation,
}

/// Result orders.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Order {
    /// The best match of the words first (`Query::words`), then the newest.
    Relevance,
    Newest,
    /// Closing soonest first; offers without a closing date last.
    Closing,
}

/// What to search for.
#[derive(Clone, Debug)]
pub struct Query<'a> {
    /// The offers the words match, the best first (`None`: no words).
    pub words: Option<&'a [i32]>,
    /// Each group is one filter of the form: an offer matches a group when it has any of its
    /// values ("Lyon or remote"), and the search when it matches every group.
    pub filters: Vec<Vec<(Field, String)>>,
    /// Posted at or after.
    pub posted_from: Option<DateTime<Utc>>,
    /// Posted strictly after (alerts: what is new since the last digest).
    pub posted_after: Option<DateTime<Utc>>,
    /// Offers closing before this day are left out.
    pub today: NaiveDate,
    pub order: Order,
}

/// The number of the newest document of a freshly built index.
const FIRST: u32 = 1 << 31;

/// The index of one generation of the offers.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// The database's generation this reflects (`super::index`); `None` before the first build.
    pub generation: Option<i64>,
    /// The number of the newest document: `ids[n - first]` is document `n`'s offer.
    first: u32,
    /// Offer ids, posting times and closing days by document number (newest first). A removed
    /// offer keeps its place (so `posted` stays sorted) and leaves `live`.
    ids: VecDeque<i32>,
    posted: VecDeque<DateTime<Utc>>,
    valid_until: VecDeque<Option<NaiveDate>>,
    live: RoaringBitmap,
    /// Document number of each offer in the index (a fast hash: a search's words look up
    /// every offer they find, up to all of them).
    numbers: FxHashMap<i32, u32>,
    values: HashMap<(Field, String), RoaringBitmap>,
    /// Open documents for a day (closing dates pass while the index stays).
    open: Mutex<Option<(NaiveDate, RoaringBitmap)>>,
    /// Each offer's requirements (`Document::requirements`), by offer id.
    requirements: HashMap<i32, Vec<Required>>,
}

impl Snapshot {
    /// How many offers the index holds (removed ones excluded).
    pub fn live_count(&self) -> u64 {
        self.live.len()
    }

    /// Builds the index of `documents` (in any order).
    pub fn build(generation: Option<i64>, mut documents: Vec<Document>) -> Self {
        documents.sort_by(|a, b| b.posted_at.cmp(&a.posted_at).then(b.id.cmp(&a.id)));
        let mut values: HashMap<(Field, String), Vec<u32>> = HashMap::new();
        for (n, doc) in documents.iter().enumerate() {
            let n = FIRST + n as u32;
            for key in doc.values() {
                values.entry(key).or_default().push(n);
            }
        }
        let bitmaps = |postings: Vec<u32>| {
            let mut postings = postings;
            postings.dedup();
            RoaringBitmap::from_sorted_iter(postings).unwrap_or_default()
        };
        let count = documents.len() as u32;
        Snapshot {
            generation,
            first: FIRST,
            live: (FIRST..FIRST + count).collect(),
            numbers: documents.iter().zip(FIRST..).map(|(d, n)| (d.id, n)).collect(),
            ids: documents.iter().map(|d| d.id).collect(),
            posted: documents.iter().map(|d| d.posted_at).collect(),
            valid_until: documents.iter().map(|d| d.valid_until).collect(),
            values: values.into_iter().map(|(k, v)| (k, bitmaps(v))).collect(),
            open: Mutex::new(None),
            requirements: documents
                .iter()
                .filter(|d| !d.requirements.is_empty())
                .map(|d| (d.id, d.requirements.clone()))
                .collect(),
        }
    }

    /// Every offer matching `query`, and the order of relevance of those the words match.
    pub fn matches(&self, query: &Query) -> Matches {
        let mut sets = vec![self.open_on(query.today)];
        let newest_first = |after: &dyn Fn(&DateTime<Utc>) -> bool| {
            let end = self.first + self.posted.partition_point(|p| after(p)) as u32;
            let mut range = RoaringBitmap::new();
            range.insert_range(self.first..end);
            range
        };
        if let Some(from) = query.posted_from {
            sets.push(newest_first(&|p| *p >= from));
        }
        if let Some(after) = query.posted_after {
            sets.push(newest_first(&|p| *p > after));
        }
        for group in &query.filters {
            sets.push(group.iter().filter_map(|key| self.values.get(key)).union());
        }
        let ranked: Option<Vec<u32>> = query.words.map(|ids| {
            ids.iter()
                .filter_map(|id| self.numbers.get(id).copied())
                .collect()
        });
        if let Some(ranked) = &ranked {
            // A bitmap fills fastest in order (the relevance order is not).
            let mut found = ranked.clone();
            found.sort_unstable();
            sets.push(RoaringBitmap::from_sorted_iter(found).unwrap_or_default());
        }
        let all = sets.intersection();
        let ranked = match query.order {
            Order::Relevance => ranked,
            _ => None,
        };
        Matches { all, ranked }
    }

    /// The offer ids of one page of `matches` in `order`.
    pub fn page(&self, matches: &Matches, order: Order, offset: usize, size: usize) -> Vec<i32> {
        let docs: Vec<u32> = match order {
            Order::Closing => {
                let mut docs: Vec<u32> = matches.all.iter().collect();
                let key = |d: &u32| {
                    let until = self.valid_until[(*d - self.first) as usize];
                    (until.is_none(), until, *d)
                };
                let wanted = (offset + size).min(docs.len());
                if wanted < docs.len() && wanted > 0 {
                    docs.select_nth_unstable_by_key(wanted - 1, key);
                    docs.truncate(wanted);
                }
                docs.sort_by_key(key);
                docs.into_iter().skip(offset).take(size).collect()
            }
            Order::Relevance if matches.ranked.is_some() => matches
                .ranked
                .iter()
                .flatten()
                .copied()
                .filter(|d| matches.all.contains(*d))
                .skip(offset)
                .take(size)
                .collect(),
            _ => matches.all.iter().skip(offset).take(size).collect(),
        };
        docs.into_iter()
            .map(|d| self.ids[(d - self.first) as usize])
            .collect()
    }

    /// The requirements of document `d`.
    fn requirements_of(&self, d: u32) -> &[Required] {
        let id = self.ids[(d - self.first) as usize];
        self.requirements.get(&id).map(Vec::as_slice).unwrap_or_default()
    }

    /// Every offer of `matches` (newest first) with its requirements.
    pub fn with_requirements<'a>(
        &'a self,
        matches: &'a Matches,
    ) -> impl Iterator<Item = (i32, &'a [Required])> + 'a {
        matches
            .all
            .iter()
            .map(|d| (self.ids[(d - self.first) as usize], self.requirements_of(d)))
    }

    /// Keeps in `matches` the offers whose requirements `keep` accepts.
    pub fn retain(&self, matches: &mut Matches, keep: impl Fn(&[Required]) -> bool) {
        let kept: RoaringBitmap = matches
            .all
            .iter()
            .filter(|d| keep(self.requirements_of(*d)))
            .collect();
        matches.all = kept;
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.live.len() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    /// Approximate memory held by the index, in bytes (bitmaps, per-offer columns).
    pub fn approximate_bytes(&self) -> usize {
        let values: usize = self.values.values().map(RoaringBitmap::serialized_size).sum();
        values + self.ids.len() * 40
    }

    /// Documents not closed on `today`, computed once a day.
    fn open_on(&self, today: NaiveDate) -> RoaringBitmap {
        let mut cached = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((day, open)) = cached.as_ref() {
            if *day == today {
                return open.clone();
            }
        }
        let open: RoaringBitmap = self
            .live
            .iter()
            .filter(|n| self.valid_until[(n - self.first) as usize].is_none_or(|u| u >= today))
            .collect();
        *cached = Some((today, open.clone()));
        open
    }
}

impl Document {
    /// The (filter, value) pairs the document is found by.
    fn values(&self) -> Vec<(Field, String)> {
        let mut values = vec![
            (Field::Kind, self.kind.code().to_string()),
            (Field::Mode, self.work_mode.code().to_string()),
            (Field::Organisation, self.organisation_id.to_string()),
        ];
        values.extend(self.country.iter().map(|c| (Field::Country, c.clone())));
        values.extend(self.city.iter().map(|c| (Field::City, c.clone())));
        values.extend(self.langs.iter().map(|l| (Field::Lang, l.clone())));
        values.extend(
            self.competence_ids
                .iter()
                .map(|id| (Field::Competence, id.to_string())),
        );
        values
    }
}

/// The result of a search.
#[derive(Debug, Default)]
pub struct Matches {
    pub all: RoaringBitmap,
    /// In the order of relevance, the documents the words match (some may be filtered out of
    /// `all`); only for `Order::Relevance` with words.
    pub ranked: Option<Vec<u32>>,
}

#[cfg(test)]
mod tests;
mod update;
