//! The fields of a form: a text input, a text area and a select, each in the same frame —
//! label (saying when it is required), hint and error, tied to the control by ids so a screen
//! reader announces them with it.

use super::{field_id, message_text, FormState};
use crate::i18n::t;
use crate::web::flash::Message;
use leptos::prelude::*;

/// The ids that tie a field's label, hint and error to its input, and its error.
struct FieldIds {
    id: String,
    hint_id: Option<String>,
    error_id: Option<String>,
    /// The `aria-describedby` value: hint, then error.
    described: String,
    error: Option<Message>,
}

impl FieldIds {
    fn of(form: &FormState, name: &str, has_hint: bool) -> FieldIds {
        let id = field_id(name);
        let error = form.error(name);
        let hint_id = has_hint.then(|| format!("{id}-hint"));
        let error_id = error.as_ref().map(|_| format!("{id}-error"));
        let described = [hint_id.clone(), error_id.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        FieldIds {
            id,
            hint_id,
            error_id,
            described,
            error,
        }
    }
}

/// The frame every field shares: its label (saying when it is required), hint and error, tied
/// to the control by the ids in `ids`.
fn framed(
    ids: FieldIds,
    label: String,
    required: bool,
    hint: Option<String>,
    control: AnyView,
) -> impl IntoView {
    let FieldIds {
        id,
        hint_id,
        error_id,
        error,
        ..
    } = ids;
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id>
                {label}
                {required.then(|| view! { <span class="required">" (" {t("form-required")} ")"</span> })}
            </label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {error
                .map(|error| {
                    view! { <p class="field-error" id=error_id.clone()>{message_text(&error)}</p> }
                })}
            {control}
        </div>
    }
}

impl FieldIds {
    /// `aria-invalid` of the control.
    fn invalid(&self) -> Option<&'static str> {
        self.error_id.is_some().then_some("true")
    }

    /// `aria-describedby` of the control.
    fn described_by(&self) -> Option<String> {
        (!self.described.is_empty()).then(|| self.described.clone())
    }
}

/// A text input (`kind` = text, email, password) with label, hint and error.
#[component]
pub fn TextField(
    form: FormState,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] default: String,
    /// The language of the text typed (a translation's), when not the page's.
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    let value = if kind == "password" {
        String::new()
    } else {
        form.value(&name, &default)
    };
    let ids = FieldIds::of(&form, &name, hint.is_some());
    let control = view! {
        <input
            lang=lang
            type=kind
            id=ids.id.clone()
            name=name
            value=value
            autocomplete=autocomplete
            required=required
            aria-invalid=ids.invalid()
            aria-describedby=ids.described_by()
        />
    }
    .into_any();
    framed(ids, label, required, hint, control)
}

/// A `<textarea>` with label, hint and error.
#[component]
pub fn TextArea(
    form: FormState,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] default: String,
    #[prop(default = 8)] rows: u32,
    /// The language of the text typed (a translation's), when not the page's.
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    let value = form.value(&name, &default);
    let ids = FieldIds::of(&form, &name, hint.is_some());
    let control = view! {
        <textarea
            lang=lang
            id=ids.id.clone()
            name=name
            rows=rows
            required=required
            aria-invalid=ids.invalid()
            aria-describedby=ids.described_by()
        >
            {value}
        </textarea>
    }
    .into_any();
    framed(ids, label, required, hint, control)
}

/// A `<select>` with label, hint and error; `options` are (value, label).
#[component]
pub fn SelectField(
    form: FormState,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] default: String,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// Options in named groups after `options` (`<optgroup>`): the likely choices first, then
    /// the whole list.
    #[prop(optional)]
    groups: Vec<(String, Vec<(String, String)>)>,
) -> impl IntoView {
    let selected = form.value(&name, &default);
    let ids = FieldIds::of(&form, &name, hint.is_some());
    // A value listed twice (in the likely group and in the whole list) is selected once.
    let mut selected_once = Some(selected.clone());
    let mut option = move |value: String, label: String| {
        let is_selected = selected_once.as_ref() == Some(&value);
        if is_selected {
            selected_once = None;
        }
        view! { <option value=value selected=is_selected>{label}</option> }
    };
    let options: Vec<_> = options.into_iter().map(|(v, l)| option(v, l)).collect();
    let groups: Vec<_> = groups
        .into_iter()
        .map(|(label, choices)| {
            let choices: Vec<_> = choices.into_iter().map(|(v, l)| option(v, l)).collect();
            view! { <optgroup label=label>{choices}</optgroup> }
        })
        .collect();
    let control = view! {
        <select
            id=ids.id.clone()
            name=name
            autocomplete=autocomplete
            aria-invalid=ids.invalid()
            aria-describedby=ids.described_by()
        >
            {options}
            {groups}
        </select>
    }
    .into_any();
    framed(ids, label, false, hint, control)
}
