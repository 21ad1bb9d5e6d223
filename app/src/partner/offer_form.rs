//! The offer form of the partner space, typed and checked: each problem is a message on its
//! field in the editor's language (the codes are Fluent keys), and the form comes back with
//! everything typed.

use super::checks::{
    problem, required_text, valid_date, valid_email_address, valid_future_date, valid_lang, valid_web_address,
};
use crate::catalogue::codes::COUNTRIES;
use crate::i18n::Lang;
use crate::offers::codes::{OfferKind, PayPeriod, WorkMode, CONTRACTS, CURRENCIES};
use chrono::NaiveDate;
use serde::Deserialize;
use validator::{Validate, ValidationError};

use crate::offers::editing::{DESCRIPTION_MAX, TITLE_MAX};

/// `POST /{lang}/partner/offers/new` and `/{lang}/partner/offers/{id}`.
#[derive(Debug, Deserialize, Validate)]
pub struct OfferForm {
    /// The version the form was opened at (absent when creating).
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    #[validate(custom(function = "valid_title"))]
    pub title: String,
    #[serde(default)]
    #[validate(custom(function = "valid_description"))]
    pub description_md: String,
    #[serde(default)]
    #[validate(length(max = 2000, code = "partner-error-too-long"))]
    pub how_to_apply: String,
    #[serde(default)]
    #[validate(custom(function = "valid_kind"))]
    pub kind: String,
    #[serde(default)]
    #[validate(custom(function = "valid_work_mode"))]
    pub work_mode: String,
    #[serde(default)]
    #[validate(custom(function = "valid_contract"))]
    pub contract: String,
    #[serde(default)]
    #[validate(custom(function = "valid_country"))]
    pub country: String,
    #[serde(default)]
    #[validate(length(max = 100, code = "partner-error-too-long"))]
    pub city: String,
    #[serde(default)]
    #[validate(custom(function = "valid_future_date"))]
    pub valid_until: String,
    #[serde(default)]
    #[validate(custom(function = "valid_date"))]
    pub starts_on: String,
    #[serde(default)]
    #[validate(custom(function = "valid_web_address"))]
    pub apply_url: String,
    #[serde(default)]
    #[validate(custom(function = "valid_email_address"))]
    pub apply_email: String,
    /// Pay (optional): whole amounts, what they are for and their currency.
    #[serde(default)]
    #[validate(custom(function = "valid_amount"))]
    pub salary_min: String,
    #[serde(default)]
    #[validate(custom(function = "valid_amount"))]
    pub salary_max: String,
    #[serde(default)]
    #[validate(custom(function = "valid_period"))]
    pub salary_period: String,
    #[serde(default)]
    #[validate(custom(function = "valid_currency"))]
    pub salary_currency: String,
    #[serde(default)]
    #[validate(custom(function = "valid_hours"))]
    pub hours_per_week: String,
    /// The language the text is written in (chosen when creating).
    #[serde(default)]
    #[validate(custom(function = "valid_lang"))]
    pub original_lang: String,
}

impl OfferForm {
    pub fn kind(&self) -> OfferKind {
        OfferKind::parse(&self.kind).unwrap_or(OfferKind::Job)
    }

    pub fn work_mode(&self) -> WorkMode {
        WorkMode::parse(&self.work_mode).unwrap_or(WorkMode::OnSite)
    }

    pub fn original_lang(&self) -> Lang {
        Lang::parse(&self.original_lang).unwrap_or(Lang::En)
    }

    /// A field as stored: trimmed, `None` when empty.
    pub fn optional(value: &str) -> Option<String> {
        Some(value.trim().to_string()).filter(|v| !v.is_empty())
    }

    pub fn date(value: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
    }

    /// The problems between fields, each on the field to mend: an amount needs what it is for,
    /// and a range goes up.
    pub fn pay_problems(&self) -> Vec<(&'static str, &'static str)> {
        let amount = |v: &str| v.trim().parse::<i64>().ok();
        let (min, max) = (amount(&self.salary_min), amount(&self.salary_max));
        let mut problems = Vec::new();
        if (min.is_some() || max.is_some()) && self.salary_period.trim().is_empty() {
            problems.push(("salary_period", "partner-error-pay-period"));
        }
        if max.is_some() && min.is_none() {
            problems.push(("salary_min", "partner-error-pay-min"));
        }
        if let (Some(min), Some(max)) = (min, max) {
            if max < min {
                problems.push(("salary_max", "partner-error-pay-range"));
            }
        }
        problems
    }

    /// The language-neutral fields, by name (as `offers::editing` reads and writes them).
    pub fn fields(&self) -> [(&'static str, String); 14] {
        let trimmed = |v: &str| v.trim().to_string();
        [
            ("kind", self.kind().code().to_string()),
            ("work_mode", self.work_mode().code().to_string()),
            ("contract", trimmed(&self.contract)),
            ("country", trimmed(&self.country)),
            ("city", trimmed(&self.city)),
            ("valid_until", trimmed(&self.valid_until)),
            ("starts_on", trimmed(&self.starts_on)),
            ("apply_url", trimmed(&self.apply_url)),
            ("apply_email", trimmed(&self.apply_email)),
            ("salary_min", trimmed(&self.salary_min)),
            ("salary_max", trimmed(&self.salary_max)),
            ("salary_period", trimmed(&self.salary_period)),
            ("salary_currency", self.currency().unwrap_or_default()),
            ("hours_per_week", trimmed(&self.hours_per_week)),
        ]
    }

    /// The currency of the pay: euros unless the editor says otherwise; none without pay.
    pub fn currency(&self) -> Option<String> {
        Self::optional(&self.salary_currency)
            .or_else(|| Self::whole(&self.salary_min).map(|_| "EUR".to_string()))
    }

    /// A whole number typed in the form (checked by `validate`).
    pub fn whole(value: &str) -> Option<i32> {
        value.trim().parse().ok()
    }

    /// The text fields, in the offer's original language.
    pub fn texts(&self) -> [(&'static str, String); 3] {
        [
            ("title", self.title.trim().to_string()),
            ("description_md", self.description_md.trim().to_string()),
            ("how_to_apply", self.how_to_apply.trim().to_string()),
        ]
    }
}

fn valid_title(value: &str) -> Result<(), ValidationError> {
    required_text(value, TITLE_MAX)
}

fn valid_description(value: &str) -> Result<(), ValidationError> {
    required_text(value, DESCRIPTION_MAX)
}

fn valid_kind(value: &str) -> Result<(), ValidationError> {
    OfferKind::parse(value)
        .map(|_| ())
        .ok_or_else(|| problem("form-error-invalid"))
}

fn valid_work_mode(value: &str) -> Result<(), ValidationError> {
    WorkMode::parse(value)
        .map(|_| ())
        .ok_or_else(|| problem("form-error-invalid"))
}

fn valid_contract(value: &str) -> Result<(), ValidationError> {
    (value.is_empty() || CONTRACTS.contains(&value))
        .then_some(())
        .ok_or_else(|| problem("form-error-invalid"))
}

fn valid_amount(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    match value.parse::<i64>() {
        _ if value.is_empty() => Ok(()),
        Ok(n) if (0..=10_000_000).contains(&n) => Ok(()),
        _ => Err(problem("partner-error-amount")),
    }
}

fn valid_hours(value: &str) -> Result<(), ValidationError> {
    let value = value.trim();
    match value.parse::<i64>() {
        _ if value.is_empty() => Ok(()),
        Ok(n) if (1..=80).contains(&n) => Ok(()),
        _ => Err(problem("partner-error-hours")),
    }
}

fn valid_period(value: &str) -> Result<(), ValidationError> {
    (value.is_empty() || PayPeriod::parse(value).is_some())
        .then_some(())
        .ok_or_else(|| problem("form-error-invalid"))
}

fn valid_currency(value: &str) -> Result<(), ValidationError> {
    (value.is_empty() || CURRENCIES.contains(&value))
        .then_some(())
        .ok_or_else(|| problem("form-error-invalid"))
}

fn valid_country(value: &str) -> Result<(), ValidationError> {
    COUNTRIES
        .contains(&value)
        .then_some(())
        .ok_or_else(|| problem("form-error-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_a_message_on_its_field() {
        let form: OfferForm = serde_urlencoded::from_str(
            "title=&kind=boss&work_mode=remote&country=DE&valid_until=2001-01-01&starts_on=soon\
             &apply_url=ftp%3A%2F%2Fx&apply_email=nobody&original_lang=de",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let errors: std::collections::BTreeMap<String, String> = form
            .validate()
            .err()
            .map(|e| {
                e.field_errors()
                    .into_iter()
                    .map(|(field, errors)| (field.to_string(), errors[0].code.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(errors["title"], "form-error-missing");
        assert_eq!(errors["description_md"], "form-error-missing");
        assert_eq!(errors["kind"], "form-error-invalid");
        assert_eq!(errors["country"], "form-error-invalid");
        assert_eq!(errors["valid_until"], "partner-error-date-past");
        assert_eq!(errors["starts_on"], "partner-error-date");
        assert_eq!(errors["apply_url"], "partner-error-url");
        assert_eq!(errors["apply_email"], "partner-error-email");
        assert_eq!(errors["original_lang"], "form-error-invalid");
        assert!(!errors.contains_key("work_mode"));
    }

    #[test]
    fn pay_is_checked_alone_and_together() {
        let form = |query: &str| -> OfferForm {
            serde_urlencoded::from_str(query).unwrap_or_else(|e| panic!("{e}"))
        };
        let bad =
            form("salary_min=lots&salary_max=-4&hours_per_week=100&salary_period=week&salary_currency=XYZ");
        let fields: Vec<String> = bad
            .validate()
            .err()
            .map(|e| e.field_errors().keys().map(|k| k.to_string()).collect())
            .unwrap_or_default();
        for field in [
            "salary_min",
            "salary_max",
            "hours_per_week",
            "salary_period",
            "salary_currency",
        ] {
            assert!(fields.iter().any(|f| f == field), "{field}: {fields:?}");
        }
        assert_eq!(
            form("salary_min=30000&salary_max=28000").pay_problems(),
            vec![
                ("salary_period", "partner-error-pay-period"),
                ("salary_max", "partner-error-pay-range")
            ]
        );
        assert_eq!(
            form("salary_max=900&salary_period=month").pay_problems(),
            vec![("salary_min", "partner-error-pay-min")]
        );
        assert!(form("salary_min=650&salary_period=month&hours_per_week=35")
            .pay_problems()
            .is_empty());
    }
}
