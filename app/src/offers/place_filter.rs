//! The place filter of the offer search: the towns and "remote" of the query (a town of the
//! offers, or of the partner countries' table, `crate::places`), the distance around them,
//! the filter group they make, and the towns the place field suggests.

use super::codes::{WorkMode, DEFAULT_RADIUS_KM, RADII, REMOTE_PLACE};
use super::engine::Field;
use crate::catalogue::query::{Ignored, RawQuery};
use crate::catalogue::words::fold;
use crate::places;

/// The places of the query: `REMOTE_PLACE`, a town of the table (`places`) or a town of the
/// offers, in the offers' spelling when they have it; anything else is ignored and reported.
pub fn places_of(raw: &RawQuery, cities: &[String], ignored: &mut Ignored) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for value in raw.values("city", ignored) {
        let folded = fold(value);
        let place = if folded == REMOTE_PLACE {
            Some(REMOTE_PLACE.to_string())
        } else {
            cities
                .iter()
                .find(|c| fold(c) == folded)
                .cloned()
                .or_else(|| places::find(value).map(|t| t.name.to_string()))
        };
        match place {
            Some(place) if !found.contains(&place) => found.push(place),
            Some(_) => {}
            None => ignored.add("city"),
        }
    }
    found
}

/// The distance around the chosen towns, kept only when it says something: the form always
/// sends one, and without a town, or at the default, it changes nothing (no chip, no
/// parameter in the links).
pub fn radius_of(raw: &RawQuery, ignored: &mut Ignored) -> Option<String> {
    let radius = raw.one_of("radius", &RADII, ignored)?;
    let towns = raw
        .values("city", &mut Ignored::default())
        .into_iter()
        .any(|c| fold(c) != REMOTE_PLACE);
    (towns && radius != DEFAULT_RADIUS_KM.to_string()).then_some(radius)
}

/// The filter group of the chosen places: the offers of every town of the offers within
/// `radius` km of one of them, and remote offers when "remote" is chosen.
pub fn place_group(chosen: &[String], cities: &[String], radius: u32) -> Vec<(Field, String)> {
    let mut group = Vec::new();
    for place in chosen {
        if place == REMOTE_PLACE {
            group.push((Field::Mode, WorkMode::Remote.code().to_string()));
            continue;
        }
        group.extend(
            cities
                .iter()
                .filter(|city| places::is_near(place, city, radius))
                .map(|city| (Field::City, city.clone())),
        );
    }
    group
}

/// The towns the place field suggests: the offers' towns and the table's, once each, in
/// alphabetical order whatever the accents.
pub fn suggested_towns(cities: &[String]) -> Vec<String> {
    let mut towns: Vec<String> = cities.to_vec();
    towns.extend(places::all().iter().map(|t| t.name.to_string()));
    towns.sort_by_key(|c| fold(c));
    towns.dedup();
    towns
}
