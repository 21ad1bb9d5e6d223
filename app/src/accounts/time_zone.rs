//! Time zones: the IANA names people can choose (from chrono-tz), and a default per language.

use crate::i18n::Lang;

/// Every selectable zone name: the canonical `Region/City` zones and `UTC`, sorted.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|name| {
            let region = name.split('/').next().unwrap_or("");
            name.contains('/')
                && matches!(
                    region,
                    "Africa"
                        | "America"
                        | "Antarctica"
                        | "Asia"
                        | "Atlantic"
                        | "Australia"
                        | "Europe"
                        | "Indian"
                        | "Pacific"
                )
        })
        .collect();
    names.push("UTC");
    names.sort_unstable();
    names.dedup();
    names
}

/// The partner countries' zones, (country, zone), offered first.
pub const PARTNER_ZONES: [(&str, &str); 5] = [
    ("BE", "Europe/Brussels"),
    ("ES", "Europe/Madrid"),
    ("ES", "Atlantic/Canary"),
    ("FR", "Europe/Paris"),
    ("IT", "Europe/Rome"),
];

/// The current offset of zone `name` from UTC: "UTC+01:00", "UTC−03:00", "UTC".
pub fn offset_label(name: &str) -> String {
    use chrono::{Offset, Utc};
    let Ok(tz) = name.parse::<chrono_tz::Tz>() else {
        return String::new();
    };
    let seconds = Utc::now().with_timezone(&tz).offset().fix().local_minus_utc();
    if seconds == 0 {
        return "UTC".to_string();
    }
    let sign = if seconds < 0 { '\u{2212}' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Whether `name` is a zone of the list.
pub fn is_valid(name: &str) -> bool {
    name == "UTC" || names().binary_search(&name).is_ok()
}

/// The zone proposed on the sign-up form for a reader of `lang`.
pub fn default_for(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Europe/Paris",
        Lang::Es => "Europe/Madrid",
        Lang::It => "Europe/Rome",
        Lang::En => "Europe/Brussels",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn european_zones_are_there_and_junk_is_not() {
        assert!(super::is_valid("Europe/Paris"));
        assert!(super::is_valid("America/Argentina/Buenos_Aires"));
        assert!(super::is_valid("UTC"));
        assert!(!super::is_valid("Mars/Olympus"));
        assert!(!super::is_valid(""));
    }

    #[test]
    fn offsets_are_written_plainly() {
        assert_eq!(super::offset_label("UTC"), "UTC");
        assert!(super::offset_label("Europe/Paris").starts_with("UTC+0"));
        assert!(super::offset_label("America/Argentina/Buenos_Aires").starts_with("UTC\u{2212}03"));
        assert!(super::offset_label("Asia/Kolkata").ends_with(":30"));
        for (_, zone) in super::PARTNER_ZONES {
            assert!(super::is_valid(zone));
        }
    }
}
