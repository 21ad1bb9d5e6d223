//! Passwords: the policy (at least 10 characters, at most 1024, not a common password) and
//! argon2id hashing with the crate's defaults (m = 19 MiB, t = 2, p = 1, as OWASP advises).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// Shortest password accepted, in characters.
pub const MIN_CHARS: usize = 10;
/// Longest password accepted, in characters (far above the 128 the policy promises).
pub const MAX_CHARS: usize = 1024;

/// Common passwords of at least 10 characters (shorter ones fail the length rule anyway),
/// compared without case.
const COMMON: &str = include_str!("common-passwords.txt");

/// Why a password was refused; each code has a Fluent message `accounts-password-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordError {
    TooShort,
    TooLong,
    Common,
}

impl PasswordError {
    pub fn code(self) -> &'static str {
        match self {
            PasswordError::TooShort => "too-short",
            PasswordError::TooLong => "too-long",
            PasswordError::Common => "common",
        }
    }
}

/// Checks a new password against the policy.
pub fn check_policy(password: &str) -> Result<(), PasswordError> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordError::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordError::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.lines().map(str::trim).any(|common| common == lower) {
        return Err(PasswordError::Common);
    }
    Ok(())
}

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches the stored PHC hash; a malformed hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A real argon2id hash of nothing anyone types, computed once: verifying against it makes a
/// sign-in with an unknown address cost as much as one with a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash("no account has this password").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_edges() {
        assert_eq!(check_policy("abcdefghi"), Err(PasswordError::TooShort));
        assert_eq!(
            check_policy("ééééééééé"),
            Err(PasswordError::TooShort),
            "characters, not bytes"
        );
        assert!(check_policy("correct horse battery").is_ok());
        assert!(check_policy(&"x".repeat(128)).is_ok(), "no maximum below 128");
        assert_eq!(
            check_policy(&"x".repeat(MAX_CHARS + 1)),
            Err(PasswordError::TooLong)
        );
        assert_eq!(check_policy("Password123"), Err(PasswordError::Common));
        assert_eq!(check_policy("1234567890"), Err(PasswordError::Common));
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash("correct horse battery").unwrap_or_default();
        let b = hash("correct horse battery").unwrap_or_default();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "a fresh salt each time");
        assert!(verify("correct horse battery", &a));
        assert!(!verify("correct horse batterY", &a));
        assert!(!verify("anything", "not a hash"));
    }
}
