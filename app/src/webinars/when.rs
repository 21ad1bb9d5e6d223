//! A webinar's time as people read it: the day, start and end in a zone, with the zone named
//! ("mar. 12 janv., 18:00–19:00, heure de Paris"), through Fluent so each language writes it
//! its own way. Daylight-saving changes are chrono-tz's business: a webinar keeps its instant.

use crate::i18n::{tr, tr_args, FluentArg, Lang};
use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Tz;

/// The zone `name`, or Paris for a name that is not a zone (stored names are checked).
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::Europe::Paris)
}

/// The zone's name in `lang`: "heure de Paris", "Canary Islands time".
pub fn zone_label(name: &str, lang: Lang) -> String {
    if name == "UTC" {
        return name.to_string();
    }
    tr_args(lang, "webinars-zone", &[("city", city_name(name, lang).into())])
}

/// The city that names zone `name`, in `lang` when translated ("Bruxelles").
pub fn city_name(name: &str, lang: Lang) -> String {
    let key = format!("webinars-city-{}", name.to_lowercase().replace(['/', '_'], "-"));
    crate::i18n::try_tr(lang, &key)
        .unwrap_or_else(|| name.rsplit('/').next().unwrap_or(name).replace('_', " "))
}

/// The zones a form offers (value, name): Europe's and the Atlantic islands', UTC, and
/// `current` whatever it is.
pub fn zone_choices(current: &str) -> Vec<(String, String)> {
    crate::accounts::time_zone::names()
        .into_iter()
        .filter(|z| z.starts_with("Europe/") || z.starts_with("Atlantic/") || *z == "UTC" || *z == current)
        .map(|z| (z.to_string(), z.replace('_', " ")))
        .collect()
}

/// "mar. 12 janv., 18:00–19:00, heure de Paris": `start` for `minutes`, in zone `name`.
pub fn when(start: DateTime<Utc>, minutes: i32, name: &str, lang: Lang) -> String {
    let tz = zone(name);
    let from = start.with_timezone(&tz);
    let to = (start + Duration::minutes(i64::from(minutes))).with_timezone(&tz);
    let weekday = tr(
        lang,
        &format!("webinars-weekday-{}", from.weekday().number_from_monday()),
    );
    let month = tr(lang, &format!("webinars-month-{}", from.month()));
    let day = tr_args(
        lang,
        "webinars-when",
        &[
            ("weekday", weekday.into()),
            ("day", FluentArg::Num(i64::from(from.day()))),
            ("month", month.into()),
            ("year", FluentArg::Str(from.year().to_string())),
            ("start", from.format("%H:%M").to_string().into()),
            ("end", to.format("%H:%M").to_string().into()),
        ],
    );
    format!("{day}, {}", zone_label(name, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_same_instant_reads_in_each_zone_across_daylight_saving() {
        // 17:30 in Rome, the Friday before the clocks go back (25 October 2026).
        let before = Utc
            .with_ymd_and_hms(2026, 10, 23, 15, 30, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(
            before
                .with_timezone(&zone("Europe/Rome"))
                .format("%H:%M")
                .to_string(),
            "17:30"
        );
        // The same wall-clock time a week later is an hour later in UTC.
        let after = Utc
            .with_ymd_and_hms(2026, 10, 30, 16, 30, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(
            after
                .with_timezone(&zone("Europe/Rome"))
                .format("%H:%M")
                .to_string(),
            "17:30"
        );
        assert_eq!(
            after
                .with_timezone(&zone("Atlantic/Canary"))
                .format("%H:%M")
                .to_string(),
            "16:30"
        );
        assert_eq!(zone("Mars/Olympus"), chrono_tz::Europe::Paris);
    }
}
