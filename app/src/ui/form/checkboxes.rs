//! A group of checkboxes in a `<fieldset>` with its legend, hint and error (one error for the
//! group, tied to every box). Each box has its own field name (`lang_fr`), so a rejected form
//! comes back with exactly the boxes that were ticked.

use super::{field_id, message_text, FormState};
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn CheckboxGroup(
    form: FormState,
    /// The group's name, for its error (`languages`).
    #[prop(into)]
    name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    /// (field name, label) of each box.
    options: Vec<(String, String)>,
    /// The field names ticked when the form is first shown.
    ticked: Vec<String>,
) -> impl IntoView {
    let id = field_id(&name);
    let error = form.error(&name);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let described = [hint_id.clone(), error_id.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let returned = form.returned();
    let boxes = options
        .into_iter()
        .map(|(field, label)| {
            let checked = if returned {
                !form.value(&field, "").is_empty()
            } else {
                ticked.contains(&field)
            };
            let box_id = field_id(&field);
            view! {
                <li>
                    <input type="checkbox" id=box_id.clone() name=field value="on" checked=checked aria-describedby=described.clone()/>
                    <label for=box_id>{label}</label>
                </li>
            }
        })
        .collect_view();
    let invalid = error.is_some();
    view! {
        <fieldset id=id class="field checkboxes" class:field-invalid=invalid>
            <legend>
                {legend}
                {required.then(|| view! { <span class="required">" (" {t("form-required")} ")"</span> })}
            </legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{message_text(&e)}</p> })}
            <ul class="plain-list">{boxes}</ul>
        </fieldset>
    }
}
