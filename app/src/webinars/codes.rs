//! The closed vocabularies of webinars. Labels live in `locales/*/webinars.ftl`.

stored_enum! {
    /// Where a registration stands (`webinar_registrations.status`).
    #[serde(rename_all = "snake_case")]
    pub enum RegistrationStatus {
        /// Made with an e-mail address only, until the link in the mail is opened: holds no seat.
        Pending = "pending",
        /// Has a seat.
        Confirmed = "confirmed",
        /// On the waiting list (first come, first served: by id).
        Waiting = "waiting",
        Cancelled = "cancelled",
    }
}

impl RegistrationStatus {
    /// The Fluent key of its name (`webinars-registration-waiting`).
    pub fn label_key(self) -> String {
        format!("webinars-registration-{}", self.code())
    }
}

stored_enum! {
    /// The mails a registration gets from the job runner, each once (`webinar_mails.kind`).
    #[serde(rename_all = "snake_case")]
    pub enum MailKind {
        /// "You are registered" (or "a seat is yours"), with the `.ics` attached.
        Confirmation = "confirmation",
        Reminder24h = "reminder_24h",
        Reminder1h = "reminder_1h",
        /// "The replay is online", after the webinar.
        Replay = "replay",
    }
}

/// When a webinar may be joined: from this many minutes before its start to its end.
pub const JOIN_OPENS_MINUTES: i64 = 15;
/// An unconfirmed registration expires after this many hours.
pub const PENDING_HOURS: i64 = 48;

/// Speakers a webinar's form has room for.
pub const SPEAKERS: usize = 4;
