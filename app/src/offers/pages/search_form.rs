//! The search form (a GET form: every search is a shareable address and works without
//! JavaScript) and the list of active filters, each with a link that removes it.

use crate::catalogue::codes::{country_key, COUNTRIES};
use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::offers::codes::{key, kind_codes, work_mode_codes, POSTED_WITHIN, REMOTE_PLACE, SORTS};
use crate::offers::model::OfferListPage;
use crate::ui::filters::{ActiveChips, CheckGroup, Chip, Choice, FilterPanel};
use crate::ui::layout::RESULTS_ANCHOR;
use crate::ui::pagination::href_with;
use crate::web::urls::Route;
use leptos::prelude::*;

/// One select of the form: parameter, label key, options (value, label), current value.
struct Select {
    name: &'static str,
    options: Vec<(String, String)>,
    selected: Option<String>,
    /// Whether the select offers an "any" choice.
    any: bool,
}

fn coded(vocabulary: &str, codes: &[&str]) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|c| (c.to_string(), t(&key(vocabulary, c))))
        .collect()
}

/// The label of a filter value, as the active-filter list shows it.
pub fn value_label(page: &OfferListPage, name: &str, value: &str) -> String {
    value_label_with(use_lang(), page, name, value)
}

/// The same, in `lang`.
pub fn value_label_with(lang: Lang, page: &OfferListPage, name: &str, value: &str) -> String {
    match name {
        "q" => tr_args(lang, "quote-inline", &[("text", value.into())]),
        "kind" | "mode" | "posted" | "sort" => tr(lang, &key(name, value)),
        "fit" => tr(lang, "offers-filter-fit-mine"),
        "city" if value == REMOTE_PLACE => tr(lang, "offers-place-remote"),
        "radius" => tr_args(
            lang,
            "offers-radius-km",
            &[("km", value.parse::<i64>().unwrap_or(0).into())],
        ),
        "country" => tr(lang, &country_key(value)),
        "lang" => Lang::parse(value)
            .map(|l| tr(lang, &l.endonym_key()))
            .unwrap_or_else(|| value.to_string()),
        "competence" => page
            .competences
            .iter()
            .find(|(c, _)| c == value)
            .map(|(c, l)| format!("{c} {l}"))
            .unwrap_or_else(|| value.to_string()),
        "organisation" => page
            .organisations
            .iter()
            .find(|(s, _)| s == value)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| value.to_string()),
        _ => value.to_string(),
    }
}

#[component]
pub fn SearchForm(page: OfferListPage) -> impl IntoView {
    let lang = use_lang();
    let f = &page.filters;
    let checks = [
        (
            "kind",
            coded("kind", &kind_codes()),
            f.kind.iter().map(|k| k.code().to_string()).collect::<Vec<_>>(),
        ),
        (
            "mode",
            coded("mode", &work_mode_codes()),
            f.mode.iter().map(|m| m.code().to_string()).collect(),
        ),
    ];
    let selects = vec![
        Select {
            name: "country",
            options: COUNTRIES
                .iter()
                .map(|c| (c.to_string(), t(&country_key(c))))
                .collect(),
            selected: f.country.first().cloned(),
            any: true,
        },
        Select {
            name: "lang",
            options: Lang::ALL
                .iter()
                .map(|l| (l.code().to_string(), t(&l.endonym_key())))
                .collect(),
            selected: f.lang.first().cloned(),
            any: true,
        },
        Select {
            name: "competence",
            options: page
                .competences
                .iter()
                .map(|(c, l)| (c.clone(), format!("{c} {l}")))
                .collect(),
            selected: f.competence.clone(),
            any: true,
        },
        Select {
            name: "organisation",
            options: page.organisations.clone(),
            selected: f.organisation.clone(),
            any: true,
        },
        Select {
            name: "posted",
            options: coded("posted", &POSTED_WITHIN),
            selected: f.posted.clone(),
            any: true,
        },
        Select {
            name: "sort",
            // The order by fit is for readers with a competence profile.
            options: coded(
                "sort",
                &SORTS
                    .iter()
                    .copied()
                    .filter(|s| *s != "fit" || page.has_profile)
                    .collect::<Vec<_>>(),
            ),
            selected: Some(f.sort.clone()),
            any: false,
        },
    ];
    let (fit, has_profile) = (f.fit, page.has_profile);
    let chosen = page
        .applied
        .iter()
        .filter(|(name, _)| !matches!(name.as_str(), "q" | "sort"))
        .count();
    let action = format!("{}#{}", Route::Offers.at(lang), RESULTS_ANCHOR);
    view! {
        <form method="get" action=action class="filters offer-search" role="search"
            aria-label=t("offers-search-label")>
            <div class="field field-words">
                <label for="offers-q">{t("offers-q-label")}</label>
                <div class="words-row">
                    <input type="search" id="offers-q" name="q" value=f.q.clone() maxlength="200"
                        aria-describedby="offers-q-hint"/>
                    <button type="submit">{t("offers-search-submit")}</button>
                </div>
                <p class="hint" id="offers-q-hint">{t("offers-q-hint")}</p>
            </div>
            <FilterPanel chosen>
                <super::place_filter::PlaceFilter page=page.clone()/>
                {checks
                    .into_iter()
                    .map(|(name, options, selected)| {
                        let options = options
                            .into_iter()
                            .map(|(value, label)| Choice { value, label })
                            .collect();
                        view! {
                            <CheckGroup name id_prefix="offers" legend=t(&format!("offers-filter-{name}"))
                                options selected/>
                        }
                    })
                    .collect_view()}
                {selects
                    .into_iter()
                    .map(|s| {
                        let id = format!("offers-{}", s.name);
                        let selected = s.selected.clone();
                        view! {
                            <div class="field">
                                <label for=id.clone()>{t(&format!("offers-filter-{}", s.name))}</label>
                                <select id=id name=s.name>
                                    {s.any.then(|| view! {
                                        <option value="" selected=selected.is_none()>{t("offers-filter-any")}</option>
                                    })}
                                    {s.options
                                        .into_iter()
                                        .map(|(value, label)| {
                                            let is_selected = selected.as_deref() == Some(value.as_str());
                                            view! { <option value=value selected=is_selected>{label}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })
                    .collect_view()}
                {if has_profile {
                    view! {
                        <div class="field field-wide checkbox">
                            <input type="checkbox" id="offers-fit" name="fit" value="mine" checked=fit/>
                            <label for="offers-fit">{t("offers-filter-fit-mine")}</label>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <p class="small field-wide">
                            <a href=Route::Assessment.at(lang)>{t("offers-fit-invitation")}</a>
                        </p>
                    }
                    .into_any()
                }}
                <div class="actions">
                    <button type="submit">{t("filters-apply")}</button>
                </div>
            </FilterPanel>
        </form>
    }
}

/// The filters in use as chips, each with a link to the same search without it.
#[component]
pub fn ActiveFilters(page: OfferListPage) -> impl IntoView {
    let path = Route::Offers.at(use_lang());
    let chips = page
        .applied
        .iter()
        .map(|(name, value)| {
            // Each value of a filter is a chip of its own: removing "Lyon" keeps "remote".
            let rest: Vec<(String, String)> = page
                .applied
                .iter()
                .filter(|(n, v)| !(n == name && v == value))
                .cloned()
                .collect();
            Chip {
                name: t(&format!("offers-filter-{name}")),
                value: value_label(&page, name, value),
                remove_href: format!("{}#{RESULTS_ANCHOR}", href_with(&path, &rest, None)),
            }
        })
        .collect();
    view! { <ActiveChips chips clear_href=path/> }
}
