//! Settings, read once from the environment at start-up (every variable is in the README).

use std::net::SocketAddr;

/// The SQLite file used when `DATABASE_URL` is not set.
pub const DEFAULT_SQLITE_PATH: &str = "data/social-tech-academy.db";

/// Typed configuration of one server process.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `DATABASE_URL`: `sqlite://path?mode=rwc` or `postgres://…`; default the SQLite file above.
    pub database_url: String,
    /// `LEPTOS_SITE_ADDR`: where to listen; default `127.0.0.1:3000`.
    pub site_addr: SocketAddr,
    /// `LEPTOS_SITE_ROOT`: the folder holding `pkg/` (the browser bundle); default `target/site`.
    pub site_root: String,
    /// `PUBLIC_URL`: the public origin for absolute links; default `http://{site_addr}`.
    pub public_url: String,
    /// `DEMO_CONTENT`: load the demo content into an empty database (`true`/`false`); default true.
    pub demo_content: bool,
    /// `TRUST_FORWARDED_FOR`: the client's address comes from `X-Forwarded-For` (set it only
    /// behind a proxy that writes that header); default false.
    pub trust_forwarded_for: bool,
    /// Session cookies carry `Secure`: when `PUBLIC_URL` is `https://…` (or `COOKIE_SECURE=true`).
    pub secure_cookies: bool,
    /// `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…`): send the outbox; unset, mail stays
    /// in the outbox for administrators to read.
    pub smtp_url: Option<String>,
    /// `SMTP_FROM`: the sender; default `Social Tech Academy <no-reply@localhost>`.
    pub smtp_from: String,
    /// `BADGE_SIGNING_KEY`: the Ed25519 key that signs badges (32 bytes, base64url); unset, the
    /// first start creates one and keeps it in the database.
    pub badge_signing_key: Option<[u8; 32]>,
    /// `RESOURCE_FILES_DIR`: the folder that keeps resources' uploaded files; unset, they are
    /// kept in the database (fine for a small site; a folder keeps the database small).
    pub resource_files_dir: Option<String>,
    /// `OPERATOR_NAME`, `OPERATOR_ADDRESS`, `OPERATOR_EMAIL`, `OPERATOR_DPO_EMAIL`,
    /// `OPERATOR_HOSTING`, `SECURITY_CONTACT`: who runs the site (the legal pages).
    pub operator: app::legal::model::Operator,
    /// `RETENTION_ANONYMOUS_LEARNER_DAYS` (365), `RETENTION_UNCONFIRMED_DAYS` (30),
    /// `RETENTION_AUDIT_DAYS` (1095), `RETENTION_SENT_MAIL_DAYS` (90).
    pub retention: app::legal::model::Retention,
    /// `METRICS_TOKEN`: the bearer token `/metrics` answers to (besides loopback addresses).
    pub metrics_token: Option<String>,
    /// `LOG_FORMAT`: `text` (default) or `json` (one object per line).
    pub log_format: LogFormat,
    /// `SHUTDOWN_GRACE_SECONDS`: how long requests in flight may take to finish once a stop
    /// is asked (SIGTERM, Ctrl-C); default 20.
    pub shutdown_grace: std::time::Duration,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A configuration value that cannot be used; the server refuses to start.
#[derive(Debug, thiserror::Error)]
#[error("{name} has an invalid value `{value}`: {reason}")]
pub struct ConfigError {
    pub name: &'static str,
    pub value: String,
    pub reason: &'static str,
}

impl Settings {
    /// Reads the settings from the environment, failing fast on a bad value.
    pub fn from_env() -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let database_url =
            get("DATABASE_URL").unwrap_or_else(|| format!("sqlite://{DEFAULT_SQLITE_PATH}?mode=rwc"));
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres")) {
            return Err(ConfigError {
                name: "DATABASE_URL",
                value: database_url,
                reason: "expected sqlite:… or postgres://…",
            });
        }
        let addr = get("LEPTOS_SITE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let site_addr = addr.parse().map_err(|_| ConfigError {
            name: "LEPTOS_SITE_ADDR",
            value: addr.clone(),
            reason: "expected host:port, e.g. 127.0.0.1:3000",
        })?;
        let flag = |name: &'static str, default: bool| -> Result<bool, ConfigError> {
            match get(name).as_deref() {
                None => Ok(default),
                Some("true" | "1" | "yes") => Ok(true),
                Some("false" | "0" | "no") => Ok(false),
                Some(other) => Err(ConfigError {
                    name,
                    value: other.to_string(),
                    reason: "expected true or false",
                }),
            }
        };
        let demo_content = flag("DEMO_CONTENT", true)?;
        let public_url = get("PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        let secure_cookies = flag("COOKIE_SECURE", public_url.starts_with("https://"))?;
        let badge_signing_key = match get("BADGE_SIGNING_KEY") {
            None => None,
            Some(text) => Some(
                app::pathways::badges::signing::decode_key(&text).ok_or(ConfigError {
                    name: "BADGE_SIGNING_KEY",
                    value: "(hidden)".into(),
                    reason: "expected 32 bytes in base64url (43 characters)",
                })?,
            ),
        };
        let days = |name: &'static str, default: u32| -> Result<u32, ConfigError> {
            match get(name) {
                None => Ok(default),
                Some(text) => text
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|d| *d > 0)
                    .ok_or(ConfigError {
                        name,
                        value: text,
                        reason: "expected a number of days, at least 1",
                    }),
            }
        };
        let defaults = app::legal::model::Retention::default();
        let retention = app::legal::model::Retention {
            anonymous_learner_days: days(
                "RETENTION_ANONYMOUS_LEARNER_DAYS",
                defaults.anonymous_learner_days,
            )?,
            unconfirmed_days: days("RETENTION_UNCONFIRMED_DAYS", defaults.unconfirmed_days)?,
            audit_days: days("RETENTION_AUDIT_DAYS", defaults.audit_days)?,
            sent_mail_days: days("RETENTION_SENT_MAIL_DAYS", defaults.sent_mail_days)?,
        };
        let email = get("OPERATOR_EMAIL").unwrap_or_default();
        let operator = app::legal::model::Operator {
            name: get("OPERATOR_NAME").unwrap_or_default(),
            address: get("OPERATOR_ADDRESS").unwrap_or_default(),
            dpo_email: get("OPERATOR_DPO_EMAIL").unwrap_or_else(|| email.clone()),
            hosting: get("OPERATOR_HOSTING").unwrap_or_default(),
            security_contact: get("SECURITY_CONTACT")
                .or_else(|| (!email.is_empty()).then(|| format!("mailto:{email}")))
                .unwrap_or_default(),
            email,
        };
        let log_format = match get("LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError {
                    name: "LOG_FORMAT",
                    value: other.to_string(),
                    reason: "expected text or json",
                })
            }
        };
        let grace = get("SHUTDOWN_GRACE_SECONDS").unwrap_or_else(|| "20".into());
        let shutdown_grace = grace
            .trim()
            .parse::<u64>()
            .map(std::time::Duration::from_secs)
            .map_err(|_| ConfigError {
                name: "SHUTDOWN_GRACE_SECONDS",
                value: grace.clone(),
                reason: "expected a number of seconds",
            })?;
        Ok(Settings {
            operator,
            retention,
            metrics_token: get("METRICS_TOKEN"),
            log_format,
            shutdown_grace,
            trust_forwarded_for: flag("TRUST_FORWARDED_FOR", false)?,
            secure_cookies,
            smtp_url: get("SMTP_URL"),
            smtp_from: get("SMTP_FROM").unwrap_or_else(|| "Social Tech Academy <no-reply@localhost>".into()),
            database_url,
            site_addr,
            site_root: get("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            public_url,
            demo_content,
            badge_signing_key,
            resource_files_dir: get("RESOURCE_FILES_DIR").filter(|d| !d.trim().is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_make_run_work() {
        let s = settings(&[]).unwrap_or_else(|e| panic!("{e}"));
        assert!(s.database_url.starts_with("sqlite://data/"));
        assert_eq!(s.site_addr.to_string(), "127.0.0.1:3000");
        assert!(s.demo_content);
        assert!(!s.secure_cookies, "plain http on localhost");
        assert!(s.smtp_url.is_none());
        assert_eq!(s.log_format, LogFormat::Text);
        assert_eq!(s.retention, app::legal::model::Retention::default());
        assert!(!s.operator.is_complete(), "the operator must say who they are");
    }

    #[test]
    fn operator_identity() {
        let s = settings(&[
            ("OPERATOR_EMAIL", "hello@example.org"),
            ("RETENTION_AUDIT_DAYS", "400"),
        ])
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            s.operator.dpo_email, "hello@example.org",
            "defaults to the contact"
        );
        assert_eq!(s.operator.security_contact, "mailto:hello@example.org");
        assert_eq!(s.retention.audit_days, 400);
    }

    #[test]
    fn https_makes_cookies_secure() {
        let s = settings(&[("PUBLIC_URL", "https://academy.example")]).unwrap_or_else(|e| panic!("{e}"));
        assert!(s.secure_cookies);
        assert!(settings(&[("TRUST_FORWARDED_FOR", "perhaps")]).is_err());
    }

    #[test]
    fn rejects_bad_values() {
        assert!(settings(&[("LEPTOS_SITE_ADDR", "nowhere")]).is_err());
        assert!(settings(&[("DATABASE_URL", "mysql://x")]).is_err());
        assert!(settings(&[("DEMO_CONTENT", "maybe")]).is_err());
        assert!(settings(&[("LOG_FORMAT", "xml")]).is_err());
        assert!(settings(&[("RETENTION_AUDIT_DAYS", "0")]).is_err());
        assert!(settings(&[("RETENTION_UNCONFIRMED_DAYS", "a month")]).is_err());
        assert!(settings(&[("SHUTDOWN_GRACE_SECONDS", "soon")]).is_err());
        let bad_key = settings(&[("BADGE_SIGNING_KEY", "not-a-key")]).err();
        assert_eq!(bad_key.map(|e| e.name), Some("BADGE_SIGNING_KEY"));
        let key = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc";
        let good = settings(&[("BADGE_SIGNING_KEY", key)]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(good.badge_signing_key, Some([7; 32]));
    }
}
