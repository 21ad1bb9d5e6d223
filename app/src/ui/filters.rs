//! Filter forms (plain GET forms, so they work without JavaScript) and the notice for
//! query parameters that were ignored.

use crate::catalogue::query::Ignored;
use crate::i18n::{t, t_args};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One option of a select filter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// A select filter: its query parameter, its label, its options and the current value.
#[derive(Clone, Debug)]
pub struct SelectFilter {
    pub name: &'static str,
    pub label: String,
    pub any_label: String,
    pub options: Vec<Choice>,
    pub selected: Option<String>,
}

/// The kinds of organisation, labelled in the page's language.
pub fn org_kind_choices() -> Vec<Choice> {
    use crate::catalogue::codes::{org_kind_key, ORG_KINDS};
    ORG_KINDS
        .iter()
        .map(|k| Choice {
            value: (*k).to_string(),
            label: t(&org_kind_key(k)),
        })
        .collect()
}

/// The country filter, its options labelled in the page's language.
pub fn country_filter(selected: Option<String>) -> SelectFilter {
    use crate::catalogue::codes::{country_key, COUNTRIES};
    SelectFilter {
        name: "country",
        label: t("filter-country"),
        any_label: t("filter-country-any"),
        options: COUNTRIES
            .iter()
            .map(|c| Choice {
                value: (*c).to_string(),
                label: t(&country_key(c)),
            })
            .collect(),
        selected,
    }
}

/// The filter form of a list page: the words field (when the list has one) always in view,
/// the other filters in a disclosure ("Filters (2)") that a phone opens on demand and a wide
/// screen always shows. A search lands on the results (`#results`).
#[component]
pub fn FilterForm(
    filters: Vec<SelectFilter>,
    clear_href: String,
    active: bool,
    /// A words field first (its label, the words searched), when the list has one.
    #[prop(optional_no_strip)]
    search: Option<(String, String)>,
) -> impl IntoView {
    let chosen = filters.iter().filter(|f| f.selected.is_some()).count();
    let action = format!("{clear_href}#{}", crate::ui::layout::RESULTS_ANCHOR);
    view! {
        <form method="get" action=action class="filters" aria-label=t("filters-label")>
            {search
                .map(|(label, words)| {
                    view! {
                        <div class="field field-words">
                            <label for="filter-q">{label}</label>
                            <div class="words-row">
                                <input type="search" id="filter-q" name="q" value=words maxlength="200"/>
                                <button type="submit">{t("filters-search")}</button>
                            </div>
                        </div>
                    }
                })}
            <FilterPanel chosen>
                {filters
                    .into_iter()
                    .map(|filter| {
                        let id = format!("filter-{}", filter.name);
                        let selected = filter.selected.clone();
                        view! {
                            <div class="field">
                                <label for=id.clone()>{filter.label}</label>
                                <select id=id name=filter.name>
                                    <option value="" selected=selected.is_none()>{filter.any_label}</option>
                                    {filter
                                        .options
                                        .into_iter()
                                        .map(|choice| {
                                            let is_selected = selected.as_deref() == Some(choice.value.as_str());
                                            view! {
                                                <option value=choice.value selected=is_selected>{choice.label}</option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })
                    .collect_view()}
                <div class="actions">
                    <button type="submit">{t("filters-apply")}</button>
                    {active.then(|| view! { <a href=clear_href>{t("filters-clear")}</a> })}
                </div>
            </FilterPanel>
        </form>
    }
}

/// A filter any of whose values may match ("Job or internship"): a group of checkboxes, one
/// query parameter repeated.
#[component]
pub fn CheckGroup(
    /// The query parameter.
    name: &'static str,
    /// The prefix of the boxes' ids.
    id_prefix: &'static str,
    legend: String,
    options: Vec<Choice>,
    selected: Vec<String>,
) -> impl IntoView {
    view! {
        <fieldset class="field check-group">
            <legend>{legend}</legend>
            {options
                .into_iter()
                .map(|choice| {
                    let id = format!("{id_prefix}-{name}-{}", choice.value.replace('_', "-"));
                    let checked = selected.contains(&choice.value);
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone() name=name value=choice.value checked=checked/>
                            <label for=id>{choice.label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The disclosure holding a list's filters, its summary counting those chosen. Open on wide
/// screens whatever its state (see `.filter-panel` in the stylesheet).
#[component]
pub fn FilterPanel(
    /// How many filters are in use.
    chosen: usize,
    children: Children,
) -> impl IntoView {
    let count = i64::try_from(chosen).unwrap_or(0);
    view! {
        <details class="filter-panel">
            <summary>{t_args("filters-toggle", &[("count", count.into())])}</summary>
            <div class="filter-fields">{children()}</div>
        </details>
    }
}

/// A filter in use, shown as a chip whose link is the same search without it.
pub struct Chip {
    /// What the filter is ("Country").
    pub name: String,
    /// Its value, as the reader knows it ("France").
    pub value: String,
    pub remove_href: String,
}

/// The filters in use as removable chips, and the way to clear them all.
#[component]
pub fn ActiveChips(chips: Vec<Chip>, clear_href: String) -> impl IntoView {
    (!chips.is_empty()).then(|| {
        view! {
            <div class="active-filters">
                <h2 class="sr-only">{t("filters-active")}</h2>
                <ul class="tags">
                    {chips
                        .into_iter()
                        .map(|chip| {
                            view! {
                                <li>
                                    <a class="tag chip" href=chip.remove_href>
                                        {chip.name} ": " {chip.value}
                                        <span aria-hidden="true">" ×"</span>
                                        <span class="sr-only">" " {t("filters-remove")}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                    <li><a href=clear_href class="clear-all">{t("filters-clear")}</a></li>
                </ul>
            </div>
        }
    })
}

/// The chips of a list's select filters and words: each links to `path` without it.
pub fn chips_of(
    path: &str,
    words: Option<(String, String)>,
    filters: &[SelectFilter],
    applied: &[(String, String)],
) -> Vec<Chip> {
    let without = |name: &str| {
        let rest: Vec<(String, String)> = applied.iter().filter(|(n, _)| n != name).cloned().collect();
        format!(
            "{}#{}",
            crate::ui::pagination::href_with(path, &rest, None),
            crate::ui::layout::RESULTS_ANCHOR
        )
    };
    let mut chips = Vec::new();
    if let Some((label, q)) = words.filter(|(_, q)| !q.trim().is_empty()) {
        chips.push(Chip {
            name: label,
            value: crate::i18n::t_args("quote-inline", &[("text", q.into())]),
            remove_href: without("q"),
        });
    }
    for filter in filters {
        let Some(selected) = &filter.selected else {
            continue;
        };
        let value = filter
            .options
            .iter()
            .find(|c| &c.value == selected)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| selected.clone());
        chips.push(Chip {
            name: filter.label.clone(),
            value,
            remove_href: without(filter.name),
        });
    }
    chips
}

/// Tells the reader which parameters of the address were ignored, and that the page still works.
#[component]
pub fn IgnoredNotice(ignored: Ignored) -> impl IntoView {
    (!ignored.0.is_empty()).then(|| {
        let names = ignored
            .0
            .iter()
            .map(|name| t(&format!("param-{name}")))
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <p class="notice notice-warning" role="status">
                {t_args("filters-ignored", &[("names", names.into())])}
            </p>
        }
    })
}

/// The id of a list's result count (it names the results region).
pub const RESULT_COUNT_ID: &str = "results-count";

/// The result count of a list, with plural forms from Fluent.
#[component]
pub fn ResultCount(#[prop(into)] key: String, total: u64) -> impl IntoView {
    let total = i64::try_from(total).unwrap_or(i64::MAX);
    view! {
        <p class="result-count" id=RESULT_COUNT_ID role="status">{t_args(&key, &[("count", total.into())])}</p>
    }
}

/// Where a list's results are: a search lands here (`#results`, focused: it can take focus)
/// and the skip link leads here; named by the result count.
#[component]
pub fn Results(children: Children) -> impl IntoView {
    view! {
        <section id=crate::ui::layout::RESULTS_ANCHOR class="results" tabindex="-1"
            aria-labelledby=RESULT_COUNT_ID>
            {children()}
        </section>
    }
}
