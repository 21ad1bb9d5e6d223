//! The site-wide search page as it receives its data.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A piece of a snippet: text, marked when it is one of the words searched.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// One result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found {
    /// Its page (`/fr/offers/…`).
    pub href: String,
    pub title: String,
    pub lang: Lang,
    pub snippet: Vec<Piece>,
}

/// The results of one kind: how many, the best few, and that kind's list with the same words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The kind's code (`job_profile`).
    pub kind: String,
    pub count: usize,
    pub best: Vec<Found>,
    pub list_href: String,
}

/// `/{lang}/search?q=…`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchPage {
    pub q: String,
    /// The kind chosen (`kind=`), if any.
    pub kind: Option<String>,
    /// The language chosen (`lang=`: items written in it), if any.
    pub written: Option<String>,
    pub total: usize,
    pub groups: Vec<Group>,
    /// Every kind's code, for the form.
    pub kinds: Vec<String>,
    pub ignored: crate::catalogue::query::Ignored,
    pub alternatives: crate::ui::alternatives::Alternatives,
}
