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

/// The filter form of a list page.
#[component]
pub fn FilterForm(
    filters: Vec<SelectFilter>,
    clear_href: String,
    active: bool,
    /// A words field first (its label, the words searched), when the list has one.
    #[prop(optional_no_strip)]
    search: Option<(String, String)>,
) -> impl IntoView {
    view! {
        <form method="get" class="filters" aria-label=t("filters-label")>
            {search
                .map(|(label, words)| {
                    view! {
                        <div class="field">
                            <label for="filter-q">{label}</label>
                            <input type="search" id="filter-q" name="q" value=words/>
                        </div>
                    }
                })}
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
        </form>
    }
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

/// The result count of a list, with plural forms from Fluent.
#[component]
pub fn ResultCount(#[prop(into)] key: String, total: u64) -> impl IntoView {
    let total = i64::try_from(total).unwrap_or(i64::MAX);
    view! { <p class="result-count" role="status">{t_args(&key, &[("count", total.into())])}</p> }
}
