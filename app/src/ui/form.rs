//! HTML forms that work without JavaScript: the CSRF token, an error summary linking to the
//! fields, and fields with their label, hint and error tied together (`aria-describedby`),
//! refilled with what was typed after a rejected submission (never a password).

use crate::i18n::{t_args, FluentArg};
use crate::web::context::{csrf_token, current_flash};
use crate::web::flash::{Flash, Message, CSRF_FIELD, FORM_ERROR};
use leptos::prelude::*;

mod checkboxes;
mod fields;
mod markdown_field;
mod radios;
pub use checkboxes::CheckboxGroup;
pub use fields::{SelectField, TextArea, TextField};
pub use markdown_field::MarkdownField;
pub use radios::RadioGroup;

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

    /// Whether the page shows a form that came back (rejected, or previewed) with its values.
    pub fn returned(&self) -> bool {
        !self.flash.values.is_empty()
    }

    /// Whether the form came back from its Preview button (its Markdown is shown rendered).
    pub fn previewing(&self) -> bool {
        self.flash.values.contains_key(crate::web::flash::PREVIEW_FIELD)
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

/// A `<form method="post">` with the CSRF token and, first, the summary of its errors.
#[component]
pub fn PostForm(
    form: FormState,
    #[prop(into)] action: String,
    /// The fields whose errors the summary lists.
    fields: &'static [&'static str],
    /// More fields, named at run time (a form built from a kind's text fields).
    #[prop(optional)]
    more_fields: Vec<String>,
    /// Whether errors about the whole form are listed here (one form per page should).
    #[prop(optional)]
    form_errors: bool,
    #[prop(optional, into)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let mut errors = form.errors_of(fields, form_errors);
    errors.extend(form.errors_of(&more_fields, false));
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

/// The notice of the previous action ("You are signed in."), announced politely.
#[component]
pub fn FlashNotice() -> impl IntoView {
    current_flash().notice.map(|notice| {
        let link = notice
            .link
            .clone()
            .map(|(href, key)| view! { " " <a href=href>{crate::i18n::t(&key)}</a> });
        view! {
            <div class="notice notice-success" role="status">
                <p>{message_text(&notice)} {link}</p>
            </div>
        }
    })
}
