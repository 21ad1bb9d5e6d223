//! A proficiency level said in plain words: "Level 4 of 8 — intermediate: you can do it on
//! your own and solve everyday problems". The band comes from the framework; the sentence per
//! level from `locales/` (`competence-level-meaning-N`), written to the reader.

use crate::i18n::{t, t_args};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A level of the current framework with what it takes to explain it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub level: i32,
    /// How many levels the framework has (0: unknown, nothing is explained).
    pub of: i32,
    /// The band's name in the reader's language ("Intermediate").
    pub band: String,
}

/// The level explained, or nothing for an unknown one.
#[component]
pub fn LevelExplained(level: Level) -> impl IntoView {
    (level.of > 0).then(|| {
        let meaning = t(&format!("competence-level-meaning-{}", level.level));
        let text = t_args(
            "competence-level",
            &[
                ("level", i64::from(level.level).into()),
                ("levels", i64::from(level.of).into()),
                ("band", level.band.to_lowercase().into()),
                ("meaning", meaning.into()),
            ],
        );
        view! { <span class="level">{text}</span> }
    })
}

/// A competence in a list: its name in everyday words first, then the framework's code (and
/// area) and the level explained, smaller.
#[component]
pub fn CompetenceItem(
    code: String,
    label: String,
    #[prop(optional)] label_lang: Option<crate::i18n::Lang>,
    #[prop(optional)] area: Option<String>,
    #[prop(optional)] level: Option<Level>,
) -> impl IntoView {
    let lang = label_lang.and_then(crate::ui::fallback_notice::lang_attr);
    let area = area.map(|a| view! { {a} " · " });
    let level = level
        .filter(|l| l.of > 0)
        .map(|level| view! { " · " <LevelExplained level/> });
    view! {
        <li>
            <span class="competence-name" lang=lang>{label}</span>
            <span class="small competence-framework">{area} {code} {level}</span>
        </li>
    }
}
