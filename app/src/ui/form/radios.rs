//! A group of radio buttons: one choice among a few, its legend, hint and error in the same
//! fieldset (the error summary links to the fieldset).

use super::{field_id, message_text, FormState};
use leptos::prelude::*;

#[component]
pub fn RadioGroup(
    form: FormState,
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    /// (value, label) of each button.
    options: Vec<(String, String)>,
    /// The value chosen when the form is first shown.
    #[prop(optional, into)]
    default: String,
) -> impl IntoView {
    let id = field_id(&name);
    let error = form.error(&name);
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let chosen = form.value(&name, &default);
    let buttons = options
        .into_iter()
        .map(|(value, label)| {
            let button_id = format!("{id}-{value}");
            let checked = value == chosen;
            view! {
                <li>
                    <input type="radio" id=button_id.clone() name=name.clone() value=value checked=checked aria-describedby=error_id.clone()/>
                    <label for=button_id>{label}</label>
                </li>
            }
        })
        .collect_view();
    let invalid = error.is_some();
    view! {
        <fieldset id=id class="field radios" class:field-invalid=invalid>
            <legend>{legend}</legend>
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{message_text(&e)}</p> })}
            <ul class="plain-list">{buttons}</ul>
        </fieldset>
    }
}
