//! Webinars as their pages receive them (times already written in the reader's zone).

use crate::catalogue::query::Ignored;
use crate::i18n::Lang;
use crate::ui::filters::Choice;
use serde::{Deserialize, Serialize};

/// Seats, as a card says them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Seats {
    /// No limit.
    Open,
    Left(i32),
    /// Full: the next ones join the waiting list.
    WaitingList,
    /// The organisers closed registration (or it took place).
    Closed,
}

/// A webinar in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebinarCard {
    pub slug: String,
    pub title: String,
    /// The language `title` is written in.
    pub lang: Lang,
    /// The language spoken.
    pub spoken: Lang,
    /// (slug, name) of the organising organisation.
    pub organisation: Option<(String, String)>,
    /// Its logo or monogram.
    pub logo: Option<crate::ui::picture::Logo>,
    /// Start, UTC, RFC 3339 (for `<time datetime>`).
    pub starts_at: String,
    /// "mar. 12 janv., 18:00–19:00, heure de Paris", in the reader's zone.
    pub when: String,
    /// The same in the organiser's zone, when it is not the reader's.
    pub own_when: Option<String>,
    pub duration_minutes: i32,
    pub seats: Seats,
    pub upcoming: bool,
    pub replay: bool,
    pub captions: bool,
    pub sign_language: bool,
    pub transcript: bool,
}

/// `/{lang}/webinars`: upcoming ones (soonest first), then past ones (latest first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebinarListPage {
    /// The words searched.
    pub q: String,
    pub alternatives: crate::ui::alternatives::Alternatives,
    pub upcoming: Vec<WebinarCard>,
    pub past: Vec<WebinarCard>,
    /// The reader's zone, named ("heure de Paris").
    pub zone: String,
    pub spoken: Option<String>,
    pub competence: Option<String>,
    pub organisation: Option<String>,
    pub job: Option<String>,
    pub when: Option<String>,
    pub access: Option<String>,
    pub competences: Vec<Choice>,
    pub organisations: Vec<Choice>,
    pub jobs: Vec<Choice>,
    pub applied: Vec<(String, String)>,
    pub ignored: Ignored,
}

/// A speaker, linked to their interview or organisation when the portal has one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    pub role: String,
    /// The language `role` is written in (the webinar's original).
    pub role_lang: Lang,
    pub href: Option<String>,
}

/// `/{lang}/webinars/{slug}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebinarDetail {
    pub card: WebinarCard,
    pub description_html: String,
    /// What was said, or a summary, once it took place (sanitised HTML).
    pub transcript_html: Option<String>,
    pub speakers: Vec<Speaker>,
    /// (code, label) of each competence it touches.
    pub competences: Vec<(String, String)>,
    /// (slug, title) of the job profiles it relates to.
    pub job_profiles: Vec<(String, String)>,
    /// (pathway slug, pathway title, step number) of pathway steps showing its replay.
    pub pathway_steps: Vec<(String, String, u32)>,
    pub replay_url: Option<String>,
    pub capacity: Option<i32>,
    /// The reader's zone (IANA name), for the zone form.
    pub zone: String,
    /// The zones the form offers (IANA name, label).
    pub zones: Vec<(String, String)>,
    /// Whether the reader's zone comes from their account (the form is not shown then).
    pub zone_from_account: bool,
    /// The signed-in reader's live registration.
    pub mine: Option<Mine>,
    pub signed_in: bool,
    /// Start and end with the organiser's offset (`2026-12-13T18:00:00+01:00`), for JSON-LD.
    pub start_iso: String,
    pub end_iso: String,
}

/// A registration's personal page (its link is the only key to it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationPage {
    pub card: WebinarCard,
    pub status: super::codes::RegistrationStatus,
    /// The place on the waiting list (1: next).
    pub place: u64,
    /// The link was opened after its 48 hours, or registration closed meanwhile.
    pub expired: bool,
    /// Only to a seat holder, from 15 minutes before the start to the end.
    pub join_url: Option<String>,
    pub token: String,
    /// Whether reminders are wanted.
    pub reminders: bool,
}

/// The signed-in reader's own registration for a webinar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mine {
    pub status: super::codes::RegistrationStatus,
    /// The place on the waiting list (1: next); 0 otherwise.
    pub place: u64,
    /// Only to a seat holder, from 15 minutes before the start to the end.
    pub join_url: Option<String>,
}

/// "My webinars" on the account page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyWebinars {
    /// Ahead, with a seat (soonest first).
    pub upcoming: Vec<WebinarCard>,
    /// Ahead, on the waiting list, with the place.
    pub waiting: Vec<(WebinarCard, u64)>,
    /// Taken place (latest first); their cards say whether a replay is online.
    pub past: Vec<WebinarCard>,
    /// The private calendar's address, once made.
    pub calendar_url: Option<String>,
}
