//! Checks the partner space's forms share: each problem is a `validator` error whose code is a
//! Fluent key, so it becomes a message on its field in the editor's language.

use crate::i18n::Lang;
use chrono::{NaiveDate, Utc};
use validator::{ValidateEmail, ValidateUrl, ValidationError};

/// A date typed as `YYYY-MM-DD`.
pub fn date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// A problem whose code is a Fluent key.
pub fn problem(code: &'static str) -> ValidationError {
    ValidationError::new(code)
}

/// Filled in (spaces do not count), and at most `max` characters.
pub fn required_text(value: &str, max: usize) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        Err(problem("form-error-missing"))
    } else if value.chars().count() > max {
        let mut too_long = problem("partner-error-too-long");
        too_long.add_param("max".into(), &max);
        Err(too_long)
    } else {
        Ok(())
    }
}

/// One of the site's languages.
pub fn valid_lang(value: &str) -> Result<(), ValidationError> {
    Lang::parse(value)
        .map(|_| ())
        .ok_or_else(|| problem("form-error-invalid"))
}

/// Empty, or a date.
pub fn valid_date(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() || date(value).is_some() {
        Ok(())
    } else {
        Err(problem("partner-error-date"))
    }
}

/// Empty, or a day from today on (an offer cannot close in the past).
pub fn valid_future_date(value: &str) -> Result<(), ValidationError> {
    valid_date(value)?;
    match date(value) {
        Some(day) if day < Utc::now().date_naive() => Err(problem("partner-error-date-past")),
        _ => Ok(()),
    }
}

/// Empty, or an address on the web (`https://…`).
pub fn valid_web_address(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    if value.is_empty()
        || (value.validate_url() && (value.starts_with("https://") || value.starts_with("http://")))
    {
        Ok(())
    } else {
        Err(problem("partner-error-url"))
    }
}

/// Empty, or an e-mail address.
pub fn valid_email_address(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    if value.is_empty() || value.validate_email() {
        Ok(())
    } else {
        Err(problem("partner-error-email"))
    }
}
