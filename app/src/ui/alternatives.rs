//! No dead ends: what a search page offers besides its results — that the results hold only
//! some of the words, another spelling that finds something ("Did you mean …?"), the same words
//! without the filters that emptied the list, and the alert for when something matches.

use crate::i18n::t;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The ways on from a search (all empty when the results need none).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Alternatives {
    /// No item holds every word: the results hold some of them.
    pub some_words: bool,
    /// (words, link) of a spelling that finds something.
    pub suggestion: Option<(String, String)>,
    /// The same words without the filters, when the filters emptied the list.
    pub without_filters: Option<String>,
    /// The anchor of the page's "tell me when something matches" form, when it has one.
    pub alert: Option<String>,
}

impl Alternatives {
    pub fn is_empty(&self) -> bool {
        *self == Alternatives::default()
    }
}

/// The links of `alternatives` (nothing when there are none).
#[component]
pub fn AlternativesNotice(alternatives: Alternatives) -> impl IntoView {
    if alternatives.is_empty() {
        return ().into_any();
    }
    view! {
        <div class="alternatives">
            {alternatives.some_words.then(|| view! { <p>{t("search-some-words")}</p> })}
            {alternatives.suggestion.map(|(words, href)| view! {
                <p class="did-you-mean">
                    {t("search-did-you-mean-before")}<a href=href>{words}</a>{t("search-did-you-mean-after")}
                </p>
            })}
            {alternatives.without_filters.map(|href| view! {
                <p><a href=href>{t("search-without-filters")}</a></p>
            })}
            {alternatives.alert.map(|anchor| view! {
                <p><a href=anchor>{t("search-alert")}</a></p>
            })}
        </div>
    }
    .into_any()
}
