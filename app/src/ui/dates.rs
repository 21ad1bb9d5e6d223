//! Dates written the way each language writes them, through Fluent (`date-long`, `month-N`).

use crate::i18n::FluentArg;

/// Formats an ISO date (`2026-03-12`) in the page's language; an unreadable date is shown as is.
pub fn long_date(iso: &str) -> String {
    long_date_in(crate::i18n::use_lang(), iso)
}

/// `long_date` in `lang`, for what is drawn outside a page (a badge's image).
pub fn long_date_in(lang: crate::i18n::Lang, iso: &str) -> String {
    let mut parts = iso.split('-').map(|p| p.parse::<i64>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(year), Some(month), Some(day)) if (1..=12).contains(&month) => {
            let month_name = crate::i18n::tr(lang, &format!("month-{month}"));
            crate::i18n::tr_args(
                lang,
                "date-long",
                &[
                    ("day", FluentArg::Num(day)),
                    ("month", FluentArg::Str(month_name)),
                    ("year", FluentArg::Str(year.to_string())),
                ],
            )
        }
        _ => iso.to_string(),
    }
}
