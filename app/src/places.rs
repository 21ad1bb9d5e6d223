//! The towns of the partner countries with their coordinates (`app/data/towns.csv`), so that a
//! search from one town finds what is near it: Villeurbanne finds Lyon's offers. A small table
//! compiled into the binary: the same on every app server, nothing to migrate, and a new town is
//! one line. Names are matched folded (case and accents ignored), local names and the names in
//! other languages alike ("Turin" is Torino).

use crate::catalogue::words::fold;
use std::sync::LazyLock;

/// A town.
#[derive(Debug)]
pub struct Town {
    /// As its inhabitants write it.
    pub name: &'static str,
    /// ISO 3166 code.
    pub country: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// Folded local name and other names.
    folded: Vec<String>,
}

static TOWNS: LazyLock<Vec<Town>> = LazyLock::new(|| {
    include_str!("../data/towns.csv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split(',');
            let name = fields.next()?.trim();
            let country = fields.next()?.trim();
            let lat = fields.next()?.trim().parse().ok()?;
            let lon = fields.next()?.trim().parse().ok()?;
            let aliases = fields.next().unwrap_or("");
            let folded = std::iter::once(name)
                .chain(aliases.split('|'))
                .map(fold)
                .filter(|f| !f.is_empty())
                .collect();
            Some(Town {
                name,
                country,
                lat,
                lon,
                folded,
            })
        })
        .collect()
});

/// Every town, by country then name.
pub fn all() -> &'static [Town] {
    &TOWNS
}

/// The town `name` names, in any of its languages.
pub fn find(name: &str) -> Option<&'static Town> {
    let wanted = fold(name);
    if wanted.is_empty() {
        return None;
    }
    TOWNS.iter().find(|t| t.folded.contains(&wanted))
}

impl Town {
    /// The great-circle distance to `other`, in kilometres.
    pub fn distance_km(&self, other: &Town) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

/// Whether the place `candidate` (an offer's town, as written) is within `km` of the chosen
/// place `chosen`: the same name (folded), or two towns of the table that close.
pub fn is_near(chosen: &str, candidate: &str, km: u32) -> bool {
    if fold(chosen) == fold(candidate) {
        return true;
    }
    match (find(chosen), find(candidate)) {
        (Some(a), Some(b)) => std::ptr::eq(a, b) || a.distance_km(b) <= f64::from(km),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_names_are_found_in_any_language() {
        assert!(all().len() > 100);
        assert!(
            all().iter().all(|t| (27.0..52.0).contains(&t.lat)),
            "coordinates in the four countries"
        );
        assert_eq!(find("turin").map(|t| t.name), Some("Torino"));
        assert_eq!(find("BRUSSELS").map(|t| t.name), Some("Bruxelles"));
        assert_eq!(find("Liege").map(|t| t.name), Some("Liège"));
        assert_eq!(find("Atlantis").map(|t| t.name), None);
    }

    use crate::offers::codes::DEFAULT_RADIUS_KM;

    #[test]
    fn nearby_towns_are_near_and_far_ones_are_not() {
        assert!(is_near("Villeurbanne", "Lyon", DEFAULT_RADIUS_KM));
        assert!(is_near("Rezé", "Nantes", 10));
        assert!(is_near("Getafe", "Madrid", DEFAULT_RADIUS_KM));
        assert!(!is_near("Villeurbanne", "Lyon", 0));
        assert!(!is_near("Lyon", "Paris", 100));
        // A place the table does not know is found by its own name only.
        assert!(is_near("Atlantis", "atlantis", 0));
        assert!(!is_near("Atlantis", "Lyon", 100));
        let d = find("Lyon").zip(find("Paris")).map(|(a, b)| a.distance_km(b));
        assert!(d.is_some_and(|d| (380.0..400.0).contains(&d)), "{d:?}");
    }
}
