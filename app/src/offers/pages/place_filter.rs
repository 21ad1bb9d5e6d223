//! The place field of the offer search form: the towns chosen (each a box to untick),
//! "remote", a town to add (suggested as it is typed, without JavaScript: a `<datalist>`) and
//! the distance around the towns.

use crate::i18n::{t, tr_args, use_lang};
use crate::offers::codes::{DEFAULT_RADIUS_KM, RADII, REMOTE_PLACE};
use crate::offers::model::OfferListPage;
use leptos::prelude::*;

/// The place filter: the towns chosen (each a box to untick), "remote", a town to add (any town
/// of the partner countries, suggested as it is typed) and the distance around the towns.
#[component]
pub fn PlaceFilter(page: OfferListPage) -> impl IntoView {
    let chosen: Vec<String> = page
        .filters
        .city
        .iter()
        .filter(|c| c.as_str() != REMOTE_PLACE)
        .cloned()
        .collect();
    let remote = page.filters.city.iter().any(|c| c == REMOTE_PLACE);
    let radius = page
        .filters
        .radius
        .clone()
        .unwrap_or_else(|| DEFAULT_RADIUS_KM.to_string());
    let suggestions = page.towns.clone();
    view! {
        <fieldset class="field field-wide place-filter">
            <legend>{t("offers-filter-place")}</legend>
            {chosen
                .into_iter()
                .enumerate()
                .map(|(i, town)| {
                    let id = format!("offers-city-{i}");
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone() name="city" value=town.clone() checked=true/>
                            <label for=id>{town}</label>
                        </div>
                    }
                })
                .collect_view()}
            <div class="check">
                <input type="checkbox" id="offers-city-remote" name="city" value=REMOTE_PLACE checked=remote/>
                <label for="offers-city-remote">{t("offers-place-remote")}</label>
            </div>
            <div class="place-row">
                <div class="field">
                    <label for="offers-city">{t("offers-place-add")}</label>
                    <input type="text" id="offers-city" name="city" list="offers-towns" autocomplete="off"
                        aria-describedby="offers-city-hint"/>
                    <datalist id="offers-towns">
                        {suggestions
                            .into_iter()
                            .map(|town| view! { <option value=town></option> })
                            .collect_view()}
                    </datalist>
                </div>
                <div class="field">
                    <label for="offers-radius">{t("offers-filter-radius")}</label>
                    <select id="offers-radius" name="radius">
                        {RADII
                            .iter()
                            .map(|km| {
                                let selected = *km == radius;
                                let label = tr_args(
                                    use_lang(),
                                    "offers-radius-km",
                                    &[("km", km.parse::<i64>().unwrap_or(0).into())],
                                );
                                view! { <option value=*km selected=selected>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <p class="hint" id="offers-city-hint">{t("offers-place-hint")}</p>
        </fieldset>
    }
}
