//! `/{lang}/partner/translate/{kind}/{id}/{to}`: an item's text in one language, each field
//! beside the original's, with the state of the translation (missing, current, out of date).
//! `/{lang}/translate/{kind}/{slug}`: the same form for a signed-in reader proposing the text of
//! a published item in the page's language (from its fallback notice); moderators review it.

use super::api::{proposal_form, translation_form};
use super::model::TranslationEditor;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, MarkdownField, PostForm, TextArea, TextField};
use crate::ui::form_page::FormPage;
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn TranslationPage() -> impl IntoView {
    let params = use_params_map();
    let get = move |name: &str| params.with_untracked(|p| p.get(name)).unwrap_or_default();
    let (kind, id, to) = (get("kind"), get("id"), get("to"));
    load_page(
        move || translation_form(kind.clone(), id.clone(), to.clone()),
        |editor| view! { <TranslationForm editor/> },
    )
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let get = move |name: &str| params.with_untracked(|p| p.get(name)).unwrap_or_default();
    let (kind, slug) = (get("kind"), get("slug"));
    load_page(
        move || proposal_form(lang, kind.clone(), slug.clone()),
        |editor| view! { <TranslationForm editor/> },
    )
}

#[component]
fn TranslationForm(editor: TranslationEditor) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let to_name = t(&editor.to.endonym_key());
    let original_name = t(&editor.original.endonym_key());
    let title = t_args(
        "translation-page-title",
        &[
            ("title", editor.title.clone().into()),
            ("language", to_name.clone().into()),
        ],
    );
    let (action, back) = if editor.proposal {
        (
            Route::ProposeTranslation(editor.kind, &editor.slug).at(lang),
            Route::Item(editor.kind, &editor.slug).at(lang),
        )
    } else {
        (
            Route::PartnerTranslation(editor.kind, editor.id, editor.to).at(lang),
            Route::PartnerItem(editor.kind, editor.id).at(lang),
        )
    };
    let names: Vec<String> = editor.fields.iter().map(|f| f.name.clone()).collect();
    let to_code = editor.to.code().to_string();
    let original_code = editor.original.code().to_string();
    let fields = editor
        .fields
        .into_iter()
        .map(|field| {
            let label = crate::ui::field_label::field_label(&field.name);
            let control = if field.markdown {
                view! {
                    <MarkdownField form=form.clone() name=field.name.clone() label=label.clone() required=field.required default=field.value.clone() rows=u32::from(field.rows) lang=Some(to_code.clone())/>
                }
                .into_any()
            } else if field.rows > 0 {
                view! {
                    <TextArea form=form.clone() name=field.name.clone() label=label.clone() required=field.required default=field.value.clone() rows=u32::from(field.rows) lang=Some(to_code.clone())/>
                }
                .into_any()
            } else {
                view! {
                    <TextField form=form.clone() name=field.name.clone() label=label.clone() required=field.required default=field.value.clone() lang=Some(to_code.clone())/>
                }
                .into_any()
            };
            view! {
                <div class="side-by-side">
                    <div class="original-text">
                        <p class="original-label">{label} " — " {original_name.clone()}</p>
                        <div class="original-value" lang=original_code.clone()>{field.original.clone()}</div>
                    </div>
                    <div>{control}</div>
                </div>
            }
        })
        .collect_view();
    let body = if editor.editable {
        view! {
            {(editor.published && !editor.proposal).then(|| view! { <p class="notice" role="note">{t("partner-published-note")}</p> })}
            <PostForm form=form.clone() action=action fields=&[] more_fields=names form_errors=true class="stack-form">
                <input type="hidden" name="version" value=editor.version.to_string()/>
                {fields}
                <div class="actions">
                    <button type="submit" name="action" value="save" class="button">{t("translation-save")}</button>
                    <button type="submit" name="action" value="preview" class="button button-secondary">{t("form-preview")}</button>
                </div>
            </PostForm>
        }
        .into_any()
    } else {
        view! { <p>{t("partner-locked")}</p> }.into_any()
    };
    view! {
        <FormPage title=title>
            <p><a href=back>{t("translation-back")}</a></p>
            {editor.proposal.then(|| view! { <p class="notice" role="note">{t("translation-proposal-note")}</p> })}
            <p>
                {t("translations-col-state")} ": "
                <span class="tag">{t(editor.state.label_key())}</span>
            </p>
            <p>{t_args("translation-intro", &[("original", original_name.clone().into()), ("language", to_name.into())])}</p>
            {body}
        </FormPage>
    }
}
