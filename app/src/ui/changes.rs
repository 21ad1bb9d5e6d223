//! What changed in an item, field by field and language by language, as a moderator reads it
//! before deciding: each field's text before and after (nothing before for a new item).

use crate::content::snapshot::FieldChange;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn Changes(changes: Vec<FieldChange>) -> impl IntoView {
    if changes.is_empty() {
        return view! { <p>{t("changes-none")}</p> }.into_any();
    }
    let rows = changes
        .into_iter()
        .map(|change| {
            let field = crate::ui::field_label::field_label(&change.field);
            let lang = change.lang.map(|l| l.code().to_string());
            let language = change.lang.map(|l| view! { " — " {t(&l.endonym_key())} });
            let shown = |text: String| {
                if text.trim().is_empty() {
                    view! { <span class="changes-empty">{t("changes-empty")}</span> }.into_any()
                } else {
                    view! { <span class="changes-text" lang=lang.clone()>{text}</span> }.into_any()
                }
            };
            view! {
                <tr>
                    <th scope="row">{field}{language}</th>
                    <td class="changes-before">{shown(change.before)}</td>
                    <td class="changes-after">{shown(change.after)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="stack-table changes">
            <thead>
                <tr>
                    <th scope="col">{t("changes-field")}</th>
                    <th scope="col">{t("changes-before")}</th>
                    <th scope="col">{t("changes-after")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
