//! Who runs this site and how long it keeps personal data: settings of the operator, shown on
//! the legal pages and applied by the housekeeping job.

use serde::{Deserialize, Serialize};

/// The operator's identity (`OPERATOR_*` settings). An empty value is shown as "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    /// `OPERATOR_NAME`: the organisation responsible for the site.
    pub name: String,
    /// `OPERATOR_ADDRESS`: its postal address (lines separated by `;` or new lines).
    pub address: String,
    /// `OPERATOR_EMAIL`: how to reach it.
    pub email: String,
    /// `OPERATOR_DPO_EMAIL`: the data-protection contact; default the contact e-mail.
    pub dpo_email: String,
    /// `OPERATOR_HOSTING`: the hosting provider (name and address).
    pub hosting: String,
    /// `SECURITY_CONTACT`: where vulnerabilities are reported (`security.txt`); default
    /// `mailto:` the contact e-mail.
    pub security_contact: String,
}

impl Operator {
    /// Whether the operator has said who they are (a warning at start-up otherwise).
    pub fn is_complete(&self) -> bool {
        [&self.name, &self.address, &self.email, &self.hosting]
            .iter()
            .all(|v| !v.trim().is_empty())
    }

    /// The address as lines.
    pub fn address_lines(&self) -> Vec<String> {
        self.address
            .split([';', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// How long, in days, the housekeeping job keeps what it deletes (`RETENTION_*_DAYS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    /// An anonymous learner (a resume code, no account) who never completed anything.
    pub anonymous_learner_days: u32,
    /// An account whose address was never confirmed; a webinar registration never confirmed.
    pub unconfirmed_days: u32,
    /// Entries of the audit log (who changed which content, when).
    pub audit_days: u32,
    /// E-mails once sent (the copy kept in the outbox).
    pub sent_mail_days: u32,
}

impl Default for Retention {
    fn default() -> Retention {
        Retention {
            anonymous_learner_days: 365,
            unconfirmed_days: 30,
            audit_days: 1095,
            sent_mail_days: 90,
        }
    }
}

/// How long sessions last without a visit (the session layer's expiry).
pub const SESSION_DAYS: u32 = 14;
