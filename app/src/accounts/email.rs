//! E-mail addresses: trimmed, lower-cased, checked for a plausible shape. Delivery is the real
//! proof (verification link); this only catches typing mistakes.

use serde::{Deserialize, Serialize};

/// A normalised e-mail address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

/// Why an address was refused; each code has a Fluent message `accounts-email-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    TooLong,
    Invalid,
}

impl EmailError {
    pub fn code(self) -> &'static str {
        match self {
            EmailError::Empty => "empty",
            EmailError::TooLong => "too-long",
            EmailError::Invalid => "invalid",
        }
    }
}

impl Email {
    /// Parses what a person typed.
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let value = input.trim().to_lowercase();
        if value.is_empty() {
            return Err(EmailError::Empty);
        }
        if value.len() > 254 {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = value.rsplit_once('@').ok_or(EmailError::Invalid)?;
        let labels_ok = domain
            .split('.')
            .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
        let ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains(char::is_whitespace)
            && !local.contains('@')
            && domain.contains('.')
            && labels_ok
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if ok {
            Ok(Email(value))
        } else {
            Err(EmailError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises() {
        assert_eq!(
            Email::parse("  Camille.Roussel@Example.ORG ").map(|e| e.0),
            Ok("camille.roussel@example.org".into())
        );
        assert!(Email::parse("nuria+academia@correu.example.cat").is_ok());
        assert!(Email::parse("josé@exemple.fr").is_ok());
    }

    #[test]
    fn refuses_typing_mistakes() {
        assert_eq!(Email::parse("  "), Err(EmailError::Empty));
        for bad in [
            "no-at-sign",
            "a@b",
            "a@@b.fr",
            "a b@c.fr",
            "@c.fr",
            "a@-c.fr",
            "a@c..fr",
            "a@c.fr/x",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Invalid), "{bad}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    }
}
