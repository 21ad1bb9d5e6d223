//! HTML forms that work without JavaScript: the CSRF token, an error summary linking to the
//! fields, and fields with their label, hint and error tied together (`aria-describedby`),
//! refilled with what was typed after a rejected submission (never a password).

use crate::i18n::{t, t_args, FluentArg};
use crate::web::context::{csrf_token, current_flash};
use crate::web::flash::{Flash, Message, CSRF_FIELD, FORM_ERROR};
use leptos::prelude::*;

/// The flash of the previous submission and the CSRF token, for the forms of one page.
#[derive(Clone, Debug)]
pub struct FormState {
    flash: Flash,
    csrf: String,
}

impl FormState {
    /// The state of the page being rendered.
    pub fn current() -> FormState {
        FormState {
            flash: current_flash(),
            csrf: csrf_token(),
        }
    }

    /// What was typed in `name`, or `default`.
    pub fn value(&self, name: &str, default: &str) -> String {
        self.flash
            .values
            .get(name)
            .cloned()
            .unwrap_or_else(|| default.to_string())
    }

    pub fn error(&self, name: &str) -> Option<Message> {
        self.flash.errors.get(name).cloned()
    }

    /// The form's CSRF token (for forms written by hand).
    pub fn csrf(&self) -> String {
        self.csrf.clone()
    }

    /// The errors of `fields` (and of the whole form, when `with_form_error`), in field order.
    pub fn errors_of<S: AsRef<str>>(&self, fields: &[S], with_form_error: bool) -> Vec<(String, Message)> {
        let mut out = Vec::new();
        if with_form_error {
            if let Some(m) = self.error(FORM_ERROR) {
                out.push((FORM_ERROR.to_string(), m));
            }
        }
        for field in fields {
            if let Some(m) = self.error(field.as_ref()) {
                out.push((field.as_ref().to_string(), m));
            }
        }
        out
    }
}

/// The translated text of a message.
pub fn message_text(message: &Message) -> String {
    let args: Vec<(&str, FluentArg)> = message
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    t_args(&message.key, &args)
}

/// The `id` of a field's input.
pub fn field_id(name: &str) -> String {
    format!("field-{}", name.replace('_', "-"))
}

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

/// A `<form method="post">` with the CSRF token and, first, the summary of its errors.
#[component]
pub fn PostForm(
    form: FormState,
    #[prop(into)] action: String,
    /// The fields whose errors the summary lists.
    fields: &'static [&'static str],
    /// Whether errors about the whole form are listed here (one form per page should).
    #[prop(optional)]
    form_errors: bool,
    #[prop(optional, into)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let errors = form.errors_of(fields, form_errors);
    view! {
        <form method="post" action=action class=class novalidate>
            <input type="hidden" name=CSRF_FIELD value=form.csrf.clone()/>
            <ErrorSummary errors/>
            {children()}
        </form>
    }
}

/// The error summary on its own, for errors about no form in particular (an expired form on
/// a page with several forms).
#[component]
pub fn FormErrors(
    form: FormState,
    fields: &'static [&'static str],
    #[prop(optional)] form_errors: bool,
) -> impl IntoView {
    view! { <ErrorSummary errors=form.errors_of(fields, form_errors)/> }
}

/// "There are 2 problems": links to each field in error (focused first by the browser tests'
/// users with a screen reader, as it is announced when the page loads).
#[component]
pub fn ErrorSummary(errors: Vec<(String, Message)>) -> impl IntoView {
    if errors.is_empty() {
        return ().into_any();
    }
    let title = t_args("form-errors-title", &[("count", (errors.len() as i64).into())]);
    view! {
        <div class="error-summary" role="alert" tabindex="-1">
            <h2>{title}</h2>
            <ul>
                {errors
                    .into_iter()
                    .map(|(field, message)| {
                        let text = message_text(&message);
                        if field == FORM_ERROR {
                            view! { <li>{text}</li> }.into_any()
                        } else {
                            view! {
                                <li>
                                    <a href=format!("#{}", field_id(&field))>{text}</a>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
    .into_any()
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
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] default: String,
) -> impl IntoView {
    let value = if kind == "password" {
        String::new()
    } else {
        form.value(name, &default)
    };
    let ids = FieldIds::of(&form, name, hint.is_some());
    let control = view! {
        <input
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
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] default: String,
    #[prop(default = 8)] rows: u32,
) -> impl IntoView {
    let value = form.value(name, &default);
    let ids = FieldIds::of(&form, name, hint.is_some());
    let control = view! {
        <textarea
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
    name: &'static str,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] default: String,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let selected = form.value(name, &default);
    let ids = FieldIds::of(&form, name, hint.is_some());
    let control = view! {
        <select
            id=ids.id.clone()
            name=name
            autocomplete=autocomplete
            aria-invalid=ids.invalid()
            aria-describedby=ids.described_by()
        >
            {options
                .into_iter()
                .map(|(value, label)| {
                    let is_selected = value == selected;
                    view! {
                        <option value=value selected=is_selected>
                            {label}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
    .into_any();
    framed(ids, label, false, hint, control)
}

/// The notice of the previous action ("You are signed in."), announced politely.
#[component]
pub fn FlashNotice() -> impl IntoView {
    current_flash().notice.map(|notice| {
        view! {
            <div class="notice notice-success" role="status">
                <p>{message_text(&notice)}</p>
            </div>
        }
    })
}
