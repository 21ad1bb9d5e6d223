//! An item's history: who did what to it, and when; a moderator's comment under its step.

use crate::content::history::HistoryEntry;
use crate::i18n::t;
use crate::ui::dates::long_date;
use leptos::prelude::*;

#[component]
pub fn History(entries: Vec<HistoryEntry>) -> impl IntoView {
    view! {
        <ol class="history">
            {entries
                .into_iter()
                .map(|e| {
                    let what = t(&format!("history-{}", e.action.replace('_', "-")));
                    let mut fields: Vec<String> = e
                        .changed_fields()
                        .into_iter()
                        .map(|(field, lang)| {
                            let name = crate::ui::field_label::field_group(&field);
                            match lang.and_then(|l| crate::i18n::Lang::parse(&l)) {
                                Some(l) => format!("{name} ({})", t(&l.endonym_key())),
                                None => name,
                            }
                        })
                        .collect();
                    let mut seen = std::collections::HashSet::new();
                    fields.retain(|f| seen.insert(f.clone()));
                    let changed = (!fields.is_empty()).then(|| {
                        view! { <br/> <span class="history-changes">{t("history-changed")} " " {fields.join(", ")}</span> }
                    });
                    view! {
                        <li>
                            {long_date(&e.on)} " — " {what}
                            {(!e.who.is_empty()).then(|| view! { " (" {e.who} ")" })}
                            {changed}
                            {e.detail.map(|d| view! { <blockquote>{d}</blockquote> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
