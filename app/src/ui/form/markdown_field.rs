//! A Markdown text area: the field, a short formatting help, and its preview — rendered by the
//! server when the form's Preview button sent it back (no JavaScript needed), live as it is
//! typed once the preview island is hydrated.

use super::fields::TextArea;
use super::{field_id, FormState};
use crate::i18n::t;
use crate::islands::markdown_preview::MarkdownPreview;
use leptos::prelude::*;

#[component]
pub fn MarkdownField(
    form: FormState,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional)] required: bool,
    /// Said before the formatting hint.
    #[prop(optional, into)]
    hint: Option<String>,
    #[prop(optional, into)] default: String,
    #[prop(default = 10)] rows: u32,
    /// The language of the text typed (a translation's), when not the page's.
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    let value = form.value(&name, &default);
    #[cfg(feature = "ssr")]
    let initial = if form.previewing() {
        crate::ui::markdown::render(&value)
    } else {
        String::new()
    };
    #[cfg(not(feature = "ssr"))]
    let initial = {
        let _ = &value;
        String::new()
    };
    let hint = match hint {
        Some(hint) => format!("{hint} {}", t("markdown-hint")),
        None => t("markdown-hint"),
    };
    view! {
        <TextArea form=form.clone() name=name.clone() label=label hint=hint required=required default=default rows=rows lang=lang/>
        <details class="markdown-help">
            <summary>{t("markdown-help")}</summary>
            <ul>
                <li><code>"## "</code>{t("markdown-help-heading")}</li>
                <li><code>"**…**"</code>{t("markdown-help-bold")}</li>
                <li><code>"*…*"</code>{t("markdown-help-italic")}</li>
                <li><code>"- "</code>{t("markdown-help-list")}</li>
                <li><code>"[…](https://…)"</code>{t("markdown-help-link")}</li>
            </ul>
        </details>
        <MarkdownPreview
            field=field_id(&name)
            heading=t("markdown-preview")
            initial=initial
            endpoint=crate::web::urls::Route::MarkdownPreview.at(crate::i18n::use_lang())
            token=form.csrf()
        />
    }
}
