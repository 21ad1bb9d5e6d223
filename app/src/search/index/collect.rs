//! Collects every item a query matches with its score, kind, id and freshness, read from the
//! fast fields once per segment: cheaper than a top-n collector asked for everything, and the
//! lists need every match (their filters and counts apply after the words).

use super::{Hit, Kind};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

pub(super) struct AllHits {
    /// Whether to score the hits (BM25); unscored hits all score 0.
    pub scored: bool,
}

pub(super) struct SegmentHits {
    kind: Column<u64>,
    id: Column<i64>,
    fresh: Column<i64>,
    hits: Vec<Hit>,
}

impl Collector for AllHits {
    type Fruit = Vec<Hit>;
    type Child = SegmentHits;

    fn for_segment(&self, _segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentHits> {
        let fast = reader.fast_fields();
        Ok(SegmentHits {
            kind: fast.u64("kind")?,
            id: fast.i64("id")?,
            fresh: fast.i64("fresh")?,
            hits: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scored
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Hit>>) -> tantivy::Result<Vec<Hit>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentHits {
    type Fruit = Vec<Hit>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let kind = self.kind.first(doc).and_then(Kind::from_number);
        let id = self.id.first(doc).and_then(|i| i32::try_from(i).ok());
        if let (Some(kind), Some(id)) = (kind, id) {
            self.hits.push(Hit {
                kind,
                id,
                score,
                fresh: self.fresh.first(doc).unwrap_or(0),
            });
        }
    }

    fn harvest(self) -> Vec<Hit> {
        self.hits
    }
}
