//! The languages of an item with the state of each text (original, missing, current, out of
//! date) and a link to write it side by side with the original: on every editor's form.

use crate::content::snapshot::TranslationState;
use crate::content::ContentKind;
use crate::i18n::{t, use_lang, Lang};
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn Translations(
    kind: ContentKind,
    id: i32,
    states: Vec<(Lang, TranslationState)>,
    /// Whether the reader may write them now (not while the item waits for review).
    editable: bool,
) -> impl IntoView {
    let lang = use_lang();
    let rows = states
        .into_iter()
        .map(|(language, state)| {
            let link = (editable && state != TranslationState::Original).then(|| {
                let key = if state == TranslationState::Missing {
                    "translation-add"
                } else {
                    "translation-edit"
                };
                view! {
                    <a href=Route::PartnerTranslation(kind, id, language).at(lang) hreflang=language.code()>
                        {t(key)}
                        <span class="sr-only">" — " {t(&language.endonym_key())}</span>
                    </a>
                }
            });
            view! {
                <tr>
                    <th scope="row" lang=language.code()>{t(&language.endonym_key())}</th>
                    <td><span class=format!("tag translation-{state:?}").to_lowercase()>{t(state.label_key())}</span></td>
                    <td>{link}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="translations-heading">
            <h2 id="translations-heading">{t("translations-heading")}</h2>
            <p>{t("translations-intro")}</p>
            <table class="stack-table">
                <thead>
                    <tr>
                        <th scope="col">{t("translations-col-language")}</th>
                        <th scope="col">{t("translations-col-state")}</th>
                        <th scope="col"><span class="sr-only">{t("translations-col-action")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
