//! The matching rules, as pure functions (no database, no clock): what a person holds of each
//! competence (self-assessed, or attested by a badge — never one shown as the other), how a
//! requirement is met or missed and by how many levels, which pathways close a gap, and the
//! orders of job profiles, offers and pathways for a profile. Every order ends on the item's id,
//! so the same inputs always give the same order.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// A competence of the framework, by its row id.
pub type CompetenceId = i32;

/// Where a level comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The person said so (the assessment).
    SelfAssessed,
    /// A badge of a completed pathway aligned to the competence at this level.
    Attested,
}

/// What a person holds of one competence: the highest of what they said and what a badge
/// attests, with where it comes from (attested wins a tie: it is the stronger proof).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Held {
    pub level: u8,
    pub source: Source,
}

/// A person's competences: a level per competence they answered or were attested, and the
/// competences they answered "I don't know".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub held: BTreeMap<CompetenceId, Held>,
    pub unknown: Vec<CompetenceId>,
}

impl Profile {
    /// From self-assessed answers (`None`: "I don't know") and attested levels.
    pub fn from_parts(
        answers: impl IntoIterator<Item = (CompetenceId, Option<u8>)>,
        attested: impl IntoIterator<Item = (CompetenceId, u8)>,
    ) -> Profile {
        let mut profile = Profile::default();
        for (competence, level) in answers {
            match level {
                Some(level) => {
                    profile.held.insert(
                        competence,
                        Held {
                            level,
                            source: Source::SelfAssessed,
                        },
                    );
                }
                None => profile.unknown.push(competence),
            }
        }
        for (competence, level) in attested {
            let raise = profile.held.get(&competence).is_none_or(|h| level >= h.level);
            if raise {
                profile.held.insert(
                    competence,
                    Held {
                        level,
                        source: Source::Attested,
                    },
                );
            }
        }
        profile.unknown.retain(|c| !profile.held.contains_key(c));
        profile.unknown.sort_unstable();
        profile.unknown.dedup();
        profile
    }

    pub fn is_empty(&self) -> bool {
        self.held.is_empty() && self.unknown.is_empty()
    }
}

/// A competence a job profile or an offer asks for, at a level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Required {
    pub competence: CompetenceId,
    pub level: u8,
}

/// How one requirement stands for a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Held at the level asked or above.
    Meets { held: Held },
    /// Held below it, by `by` levels.
    Lacks { held: Held, by: u8 },
    /// The person said "I don't know".
    Unknown,
    /// Not in the profile at all: the whole level is the gap.
    Missing { by: u8 },
}

impl Fit {
    pub fn meets(self) -> bool {
        matches!(self, Fit::Meets { .. })
    }

    /// The levels still to gain (an unknown counts as the whole level: it is not known to be met).
    pub fn levels_short(self, required: u8) -> u8 {
        match self {
            Fit::Meets { .. } => 0,
            Fit::Lacks { by, .. } | Fit::Missing { by } => by,
            Fit::Unknown => required,
        }
    }
}

/// How `profile` stands against `required`.
pub fn fit(profile: &Profile, required: Required) -> Fit {
    match profile.held.get(&required.competence) {
        Some(&held) if held.level >= required.level => Fit::Meets { held },
        Some(&held) => Fit::Lacks {
            held,
            by: required.level - held.level,
        },
        None if profile.unknown.contains(&required.competence) => Fit::Unknown,
        None => Fit::Missing { by: required.level },
    }
}

/// How a profile matches a whole list of requirements: how many it meets, and the levels still
/// to gain over the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub meets: usize,
    pub total: usize,
    pub levels_short: u32,
}

impl Score {
    /// Better first: a larger share met (compared exactly, without floating point), then fewer
    /// levels short, then more requirements met.
    pub fn better(&self, other: &Score) -> Ordering {
        let share = |s: &Score| (s.meets as u64, s.total.max(1) as u64);
        let ((a, at), (b, bt)) = (share(self), share(other));
        (b * at)
            .cmp(&(a * bt))
            .then(self.levels_short.cmp(&other.levels_short))
            .then(other.meets.cmp(&self.meets))
    }
}

/// The score of `profile` against `required`.
pub fn score(profile: &Profile, required: &[Required]) -> Score {
    let mut meets = 0;
    let mut levels_short = 0;
    for &r in required {
        let f = fit(profile, r);
        if f.meets() {
            meets += 1;
        }
        levels_short += u32::from(f.levels_short(r.level));
    }
    Score {
        meets,
        total: required.len(),
        levels_short,
    }
}

/// Items (job profiles, offers) with their requirements, ranked for `profile`: best score first,
/// then by id. Items that ask for nothing are left out (there is nothing to match).
pub fn rank<'a>(
    profile: &Profile,
    items: impl IntoIterator<Item = (i32, &'a [Required])>,
) -> Vec<(i32, Score)> {
    let mut ranked: Vec<(i32, Score)> = items
        .into_iter()
        .filter(|(_, required)| !required.is_empty())
        .map(|(id, required)| (id, score(profile, required)))
        .collect();
    ranked.sort_by(|(a_id, a), (b_id, b)| a.better(b).then(a_id.cmp(b_id)));
    ranked
}

/// A pathway as the rules see it: how long it takes and the level it brings each competence to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Course {
    pub id: i32,
    pub minutes: u32,
    pub raises: Vec<Required>,
}

impl Course {
    /// The level it brings `competence` to, if it touches it.
    pub fn reaches(&self, competence: CompetenceId) -> Option<u8> {
        self.raises
            .iter()
            .filter(|r| r.competence == competence)
            .map(|r| r.level)
            .max()
    }

    /// The levels it adds to `profile`, over every competence it raises.
    pub fn gain(&self, profile: &Profile) -> u32 {
        self.raises
            .iter()
            .map(|r| {
                let held = profile.held.get(&r.competence).map_or(0, |h| h.level);
                u32::from(r.level.saturating_sub(held))
            })
            .sum()
    }
}

/// The courses that close the gap on `required` (bring it to the level asked or above): the
/// shortest first, then by id.
pub fn closers(required: Required, courses: &[Course]) -> Vec<&Course> {
    let mut found: Vec<&Course> = courses
        .iter()
        .filter(|c| {
            c.reaches(required.competence)
                .is_some_and(|l| l >= required.level)
        })
        .collect();
    found.sort_by(|a, b| a.minutes.cmp(&b.minutes).then(a.id.cmp(&b.id)));
    found
}

/// Courses with something to add to `profile`, the most levels per hour first (compared
/// exactly), then the most levels, then the shortest, then by id.
pub fn rank_courses<'a>(profile: &Profile, courses: &'a [Course]) -> Vec<(&'a Course, u32)> {
    let mut ranked: Vec<(&Course, u32)> = courses
        .iter()
        .map(|c| (c, c.gain(profile)))
        .filter(|(_, gain)| *gain > 0)
        .collect();
    ranked.sort_by(|(a, ga), (b, gb)| {
        let (am, bm) = (u64::from(a.minutes.max(1)), u64::from(b.minutes.max(1)));
        (u64::from(*gb) * am)
            .cmp(&(u64::from(*ga) * bm))
            .then(gb.cmp(ga))
            .then(a.minutes.cmp(&b.minutes))
            .then(a.id.cmp(&b.id))
    });
    ranked
}

#[cfg(test)]
mod tests;
