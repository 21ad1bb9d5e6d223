//! The account forms, typed: each is a `serde` struct checked by `validator`, whose error codes
//! are the Fluent keys of the messages (`accounts-email-invalid`). A missing field reads as
//! empty, so it gets the same message as an empty one.

use super::email::{Email, EmailError};
use super::password::{check_policy, PasswordError};
use crate::i18n::Lang;
use serde::Deserialize;
use validator::{Validate, ValidationError};

/// The longest display name, in characters.
pub const NAME_MAX: usize = 120;

/// `POST /{lang}/account/sign-up`.
#[derive(Debug, Deserialize, Validate)]
pub struct SignUpForm {
    #[serde(default)]
    #[validate(custom(function = "valid_email"))]
    pub email: String,
    #[serde(default)]
    #[validate(custom(function = "valid_name"))]
    pub display_name: String,
    #[serde(default)]
    #[validate(custom(function = "valid_password"))]
    pub password: String,
    #[serde(default)]
    #[validate(must_match(other = "password", code = "accounts-password-mismatch"))]
    pub password_confirm: String,
    #[serde(default)]
    #[validate(custom(function = "valid_language"))]
    pub language: String,
    #[serde(default)]
    #[validate(custom(function = "valid_time_zone"))]
    pub time_zone: String,
}

/// `POST /{lang}/account/sign-in`.
#[derive(Debug, Deserialize, Validate)]
pub struct SignInForm {
    #[serde(default)]
    #[validate(length(min = 1, code = "accounts-email-empty"))]
    pub email: String,
    #[serde(default)]
    #[validate(length(min = 1, code = "accounts-password-empty"))]
    pub password: String,
}

/// `POST /{lang}/account/forgot-password`.
#[derive(Debug, Deserialize, Validate)]
pub struct ForgotForm {
    #[serde(default)]
    #[validate(custom(function = "valid_email"))]
    pub email: String,
}

/// The profile form of the account page.
#[derive(Debug, Deserialize, Validate)]
pub struct ProfileForm {
    #[serde(default)]
    #[validate(custom(function = "valid_name"))]
    pub display_name: String,
    #[serde(default)]
    #[validate(custom(function = "valid_language"))]
    pub language: String,
    #[serde(default)]
    #[validate(custom(function = "valid_time_zone"))]
    pub time_zone: String,
}

/// A new password typed twice: the account page (with the current one) and a reset link.
#[derive(Debug, Deserialize, Validate)]
pub struct NewPasswordForm {
    /// Sent by the account page only; checked against the account by the handler.
    #[serde(default)]
    pub current_password: String,
    #[serde(default)]
    #[validate(custom(function = "valid_password"))]
    pub new_password: String,
    #[serde(default)]
    #[validate(must_match(other = "new_password", code = "accounts-password-mismatch"))]
    pub new_password_confirm: String,
}

/// A new e-mail address, confirmed with the account's password (checked by the handler).
#[derive(Debug, Deserialize, Validate)]
pub struct NewEmailForm {
    #[serde(default)]
    #[validate(custom(function = "valid_email"))]
    pub new_email: String,
    #[serde(default)]
    pub email_password: String,
}

/// A plausible e-mail address.
pub fn valid_email(value: &str) -> Result<(), ValidationError> {
    Email::parse(value).map(|_| ()).map_err(|error| {
        ValidationError::new(match error {
            EmailError::Empty => "accounts-email-empty",
            EmailError::TooLong => "accounts-email-too-long",
            EmailError::Invalid => "accounts-email-invalid",
        })
    })
}

/// A display name: not empty once trimmed, at most `NAME_MAX` characters.
pub fn valid_name(value: &str) -> Result<(), ValidationError> {
    let name = value.trim();
    if name.is_empty() {
        Err(ValidationError::new("accounts-display-name-empty"))
    } else if name.chars().count() > NAME_MAX {
        Err(ValidationError::new("accounts-display-name-too-long"))
    } else {
        Ok(())
    }
}

/// A password the policy accepts.
pub fn valid_password(value: &str) -> Result<(), ValidationError> {
    check_policy(value).map_err(|error| {
        ValidationError::new(match error {
            PasswordError::TooShort => "accounts-password-too-short",
            PasswordError::TooLong => "accounts-password-too-long",
            PasswordError::Common => "accounts-password-common",
        })
    })
}

/// One of the site's languages.
pub fn valid_language(value: &str) -> Result<(), ValidationError> {
    Lang::parse(value)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("accounts-language-invalid"))
}

/// A time zone of the list.
pub fn valid_time_zone(value: &str) -> Result<(), ValidationError> {
    if super::time_zone::is_valid(value.trim()) {
        Ok(())
    } else {
        Err(ValidationError::new("accounts-time-zone-invalid"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_a_message_on_its_field() {
        let form = SignUpForm {
            email: "not an address".into(),
            display_name: "  ".into(),
            password: "short".into(),
            password_confirm: "shirt".into(),
            language: "de".into(),
            time_zone: "Mars/Olympus".into(),
        };
        let errors = form
            .validate()
            .err()
            .map(|e| {
                e.field_errors()
                    .into_iter()
                    .map(|(field, errors)| (field.to_string(), errors[0].code.to_string()))
                    .collect::<std::collections::BTreeMap<_, _>>()
            })
            .unwrap_or_default();
        assert_eq!(errors["email"], "accounts-email-invalid");
        assert_eq!(errors["display_name"], "accounts-display-name-empty");
        assert_eq!(errors["password"], "accounts-password-too-short");
        assert_eq!(errors["password_confirm"], "accounts-password-mismatch");
        assert_eq!(errors["language"], "accounts-language-invalid");
        assert_eq!(errors["time_zone"], "accounts-time-zone-invalid");
    }
}
