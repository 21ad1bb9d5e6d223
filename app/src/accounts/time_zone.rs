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
}
