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

/// How long something personal is kept: each feature's declaration names its periods (the
/// privacy notice states them with the days in force).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    /// Until the person deletes their account.
    Account,
    /// Content published for an organisation stays with it (the person's id is removed).
    Content,
    /// Never-confirmed accounts and webinar registrations (`unconfirmed_days`).
    Unconfirmed,
    /// Anonymous learners without progress (`anonymous_learner_days` without a visit).
    AnonymousLearner,
    /// Audit log entries (`audit_days`).
    Audit,
    /// Copies of sent e-mails (`sent_mail_days`).
    SentMail,
    /// Sessions (`SESSION_DAYS` without a visit).
    Session,
}

impl Period {
    /// The periods the housekeeping job applies, in the order of the notice's table.
    pub const SWEPT: [Period; 5] = [
        Period::Session,
        Period::Unconfirmed,
        Period::AnonymousLearner,
        Period::Audit,
        Period::SentMail,
    ];

    /// The Fluent key stem (`privacy-kept-…`, `privacy-retention-…`).
    pub fn code(self) -> &'static str {
        match self {
            Period::Account => "account",
            Period::Content => "content",
            Period::Unconfirmed => "unconfirmed",
            Period::AnonymousLearner => "anonymous-learner",
            Period::Audit => "audit",
            Period::SentMail => "sent-mail",
            Period::Session => "session",
        }
    }

    /// The days in force, for the periods counted in days.
    pub fn days(self, retention: &Retention) -> Option<u32> {
        match self {
            Period::Account | Period::Content => None,
            Period::Unconfirmed => Some(retention.unconfirmed_days),
            Period::AnonymousLearner => Some(retention.anonymous_learner_days),
            Period::Audit => Some(retention.audit_days),
            Period::SentMail => Some(retention.sent_mail_days),
            Period::Session => Some(SESSION_DAYS),
        }
    }
}

/// One feature's part of the privacy notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticePart {
    /// The Fluent key stem (`privacy-part-{notice}`).
    pub notice: String,
    pub kept: Vec<Period>,
}

/// What the privacy notice shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyNotice {
    pub operator: Operator,
    pub retention: Retention,
    pub parts: Vec<NoticePart>,
}
