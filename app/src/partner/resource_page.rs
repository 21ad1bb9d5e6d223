//! `/{lang}/partner/resources/new?org=…` and `/{lang}/partner/resources/{id}`: the resource form
//! of the partner space, in the resource's original language, with its file.

use super::api::resource_form;
use super::item_frame::{page_item, ItemActions, ItemFrame};
use super::model::{ItemEditor, ResourceFormData};
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::resources::codes::{Audience, Licence, ResourceKind};
use crate::ui::form::{
    field_id, message_text, CheckboxGroup, FormState, MarkdownField, PostForm, SelectField, TextArea,
    TextField,
};
use crate::ui::load::load_page;
use crate::ui::numbers::file_size;
use crate::web::urls::Route;
use leptos::prelude::*;

/// Every field of the form, for its error summary.
const FIELDS: [&str; 10] = [
    "title",
    "summary",
    "body_md",
    "kind",
    "licence",
    "external_url",
    "original_lang",
    "languages",
    "audiences",
    "competences",
];

#[component]
pub fn ResourceEditPage() -> impl IntoView {
    let lang = use_lang();
    let (id, org) = page_item();
    load_page(
        move || resource_form(lang, id, org),
        |data| view! { <ResourceEditor data/> },
    )
}

#[component]
fn ResourceEditor(data: ResourceFormData) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let editor = data.editor;
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let title = match editor.id {
        None => t("partner-resource-new"),
        Some(_) => t_args("partner-resource-edit", &[("title", stored("title").into())]),
    };
    let action = match editor.id {
        None => Route::PartnerNewResource(&editor.org.0).at(lang),
        Some(id) => Route::PartnerItem(editor.kind, id).at(lang),
    };
    let options = |pairs: Vec<(&str, String)>| -> Vec<(String, String)> {
        pairs.into_iter().map(|(v, l)| (v.to_string(), l)).collect()
    };
    let kinds = options(
        ResourceKind::ALL
            .iter()
            .map(|k| (k.code(), t(&k.label_key())))
            .collect(),
    );
    let licences = options(
        Licence::ALL
            .iter()
            .map(|l| (l.code(), t(&l.label_key())))
            .collect(),
    );
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let ticked: Vec<String> = editor
        .values
        .iter()
        .filter(|(_, v)| v.as_str() == "on")
        .map(|(k, _)| k.clone())
        .collect();
    let boxes = |prefix: &str, pairs: Vec<(String, String)>| -> Vec<(String, String)> {
        pairs
            .into_iter()
            .map(|(code, label)| (format!("{prefix}_{code}"), label))
            .collect()
    };
    let languages = boxes("lang", langs.clone());
    let audiences = boxes(
        "audience",
        Audience::ALL
            .iter()
            .map(|a| (a.code().to_string(), t(&a.label_key())))
            .collect(),
    );
    let competences = boxes("competence", data.competences);
    let new = editor.id.is_none();
    let public = editor.slug.as_deref().map(|slug| Route::Resource(slug).at(lang));
    let file = editor
        .id
        .map(|id| view! { <FileSection editor=editor.clone() id=id/> });
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            <PostForm form=form.clone() action=action fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="org" value=editor.org.0.clone()/>
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <TextField form=form.clone() name="title" label=t("content-field-title") required=true default=stored("title")/>
                <TextArea form=form.clone() name="summary" label=t("content-field-summary") hint=t("partner-resource-summary-hint") required=true default=stored("summary") rows=3/>
                <MarkdownField form=form.clone() name="body_md" label=t("content-field-body-md") required=true default=stored("body_md") rows=12/>
                <SelectField form=form.clone() name="kind" label=t("content-field-kind") options=kinds default=stored("kind")/>
                <SelectField form=form.clone() name="licence" label=t("content-field-licence") hint=t("partner-resource-licence-hint") options=licences default=stored("licence")/>
                <TextField form=form.clone() name="external_url" kind="url" label=t("content-field-external-url") hint=t("partner-resource-link-hint") default=stored("external_url")/>
                {if new {
                    view! {
                        <SelectField form=form.clone() name="original_lang" label=t("partner-offer-lang") hint=t("partner-offer-lang-hint") options=langs default=stored("original_lang")/>
                    }
                        .into_any()
                } else {
                    view! { <input type="hidden" name="original_lang" value=stored("original_lang")/> }.into_any()
                }}
                <CheckboxGroup form=form.clone() name="languages" legend=t("content-field-languages") hint=t("partner-resource-languages-hint") required=true options=languages ticked=ticked.clone()/>
                <CheckboxGroup form=form.clone() name="audiences" legend=t("content-field-audiences") required=true options=audiences ticked=ticked.clone()/>
                <CheckboxGroup form=form.clone() name="competences" legend=t("content-field-competences") hint=t("partner-resource-competences-hint") options=competences ticked=ticked.clone()/>
                <ItemActions editor=editor.clone()/>
            </PostForm>
            {file}
        </ItemFrame>
    }
}

/// The resource's file: what it is, and a form to send one (drafts and rejected resources).
#[component]
fn FileSection(editor: ItemEditor, id: i32) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let current = match &editor.file {
        Some(file) => t_args(
            "partner-resource-file-current",
            &[
                ("name", file.file_name.clone().into()),
                ("format", file.format.clone().into()),
                ("size", file_size(lang, file.size_bytes).into()),
            ],
        ),
        None => t("partner-resource-file-none"),
    };
    let open = matches!(
        editor.status,
        Some(crate::content::ContentStatus::Draft | crate::content::ContentStatus::Rejected)
    );
    let error = form.error("file");
    let id_attr = field_id("file");
    let upload = open.then(|| {
        view! {
            <form method="post" enctype="multipart/form-data" action=Route::PartnerResourceFile(id).at(lang) class="stack-form">
                <input type="hidden" name="csrf_token" value=form.csrf()/>
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <div class="field" class:field-invalid=error.is_some()>
                    <label for=id_attr.clone()>{t("partner-resource-file-label")}</label>
                    <p class="hint" id="field-file-hint">{t("partner-resource-file-hint")}</p>
                    {error.clone().map(|e| view! { <p class="field-error" id="field-file-error">{message_text(&e)}</p> })}
                    <input
                        type="file"
                        id=id_attr
                        name="file"
                        accept=".pdf,.odt,.docx,.png,.jpg,.jpeg,.webp,.gif"
                        aria-describedby=if error.is_some() { "field-file-hint field-file-error" } else { "field-file-hint" }
                    />
                </div>
                <div class="actions">
                    <button type="submit" class="button button-secondary">{t("partner-resource-file-send")}</button>
                </div>
            </form>
        }
    });
    view! {
        <section aria-labelledby="file-heading">
            <h2 id="file-heading">{t("partner-resource-file")}</h2>
            <p>{current}</p>
            {upload}
        </section>
    }
}
