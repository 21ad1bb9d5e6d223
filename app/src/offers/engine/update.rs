//! Changing the index in place when offers change, instead of building it again: a changed
//! offer leaves every bitmap and comes back with its new values, under the
//! same number when its posting time is the same, or as the newest document when it was just
//! published. Anything else (an offer posted in the past that was not in the index) cannot keep
//! the order of the numbers, and asks for a rebuild.

use super::{Document, Snapshot};
use roaring::RoaringBitmap;

impl Snapshot {
    /// Applies `changes` — each changed offer with its document, or `None` when it is no longer
    /// published — and moves to `generation`. Returns `false`, changing nothing, when the changes
    /// need a rebuild.
    pub fn apply(&mut self, generation: i64, changes: Vec<(i32, Option<Document>)>) -> bool {
        let mut in_place = Vec::new();
        let mut newest = Vec::new();
        let mut leaving = RoaringBitmap::new();
        for (id, document) in changes {
            let number = self.numbers.get(&id).copied();
            if let Some(n) = number {
                leaving.insert(n);
            }
            match (number, document) {
                (Some(n), Some(doc)) if self.posted[self.at(n)] == doc.posted_at => in_place.push((n, doc)),
                (_, Some(doc)) => newest.push(doc),
                (_, None) => {}
            }
        }
        newest.sort_by(|a, b| a.posted_at.cmp(&b.posted_at).then(a.id.cmp(&b.id)));
        let fits = match (newest.first(), self.ids.front(), self.posted.front()) {
            (Some(doc), Some(&id), Some(&posted)) => (doc.posted_at, doc.id) > (posted, id),
            _ => true,
        };
        if !fits || self.first < newest.len() as u32 {
            return false;
        }

        self.values.retain(|_, docs| {
            *docs -= &leaving;
            !docs.is_empty()
        });
        self.live -= &leaving;
        self.numbers.retain(|_, n| !leaving.contains(*n));
        for id in self.ids_of(&leaving) {
            self.requirements.remove(&id);
        }
        for (n, doc) in in_place {
            self.add(n, &doc);
        }
        for doc in newest {
            self.first -= 1;
            self.ids.push_front(doc.id);
            self.posted.push_front(doc.posted_at);
            self.valid_until.push_front(doc.valid_until);
            self.add(self.first, &doc);
        }
        self.generation = Some(generation);
        *self.open.get_mut().unwrap_or_else(|e| e.into_inner()) = None;
        true
    }

    /// The offer ids of documents `docs`.
    fn ids_of(&self, docs: &RoaringBitmap) -> Vec<i32> {
        docs.iter().map(|n| self.ids[self.at(n)]).collect()
    }

    /// The position of document `n` in the per-document columns.
    fn at(&self, n: u32) -> usize {
        (n - self.first) as usize
    }

    /// Indexes `doc` as document `n`.
    fn add(&mut self, n: u32, doc: &Document) {
        let at = self.at(n);
        self.valid_until[at] = doc.valid_until;
        if !doc.requirements.is_empty() {
            self.requirements.insert(doc.id, doc.requirements.clone());
        }
        self.live.insert(n);
        self.numbers.insert(doc.id, n);
        for key in doc.values() {
            self.values.entry(key).or_default().insert(n);
        }
    }
}
