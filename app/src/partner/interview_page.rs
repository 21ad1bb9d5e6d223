//! `/{lang}/partner/interviews/new?org=…` and `/{lang}/partner/interviews/{id}`: the interview
//! form of the partner space, in the interview's original language.

use super::api::interview_form;
use super::item_frame::{page_item, ItemActions, ItemFrame};
use super::model::InterviewFormData;
use super::picture_form::{PictureKind, PictureSection};
use crate::catalogue::codes::{country_key, COUNTRIES};
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::ui::form::{FormState, MarkdownField, PostForm, SelectField, TextArea, TextField};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

const FIELDS: [&str; 9] = [
    "person_name",
    "role",
    "title",
    "quote",
    "body_md",
    "country",
    "job_profile",
    "original_lang",
    "org",
];

#[component]
pub fn InterviewEditPage() -> impl IntoView {
    let lang = use_lang();
    let (id, org) = page_item();
    load_page(
        move || interview_form(lang, id, org),
        |data| view! { <InterviewEditor data/> },
    )
}

#[component]
fn InterviewEditor(data: InterviewFormData) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let editor = data.editor;
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let title = match editor.id {
        None => t("partner-interview-new"),
        Some(_) => t_args("partner-interview-edit", &[("title", stored("title").into())]),
    };
    let action = match editor.id {
        None => Route::PartnerNewInterview(&editor.org.0).at(lang),
        Some(id) => Route::PartnerItem(ContentKind::Interview, id).at(lang),
    };
    let countries: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|c| (c.to_string(), t(&country_key(c))))
        .collect();
    let mut jobs = vec![(String::new(), t("partner-interview-job-none"))];
    jobs.extend(data.jobs);
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let new = editor.id.is_none();
    let public = editor.slug.as_deref().map(|slug| Route::Interview(slug).at(lang));
    let portrait = editor.id.filter(|_| editor.editable).map(|id| {
        view! {
            <PictureSection kind=PictureKind::Portrait item=crate::content::ContentKind::Interview id
                name=stored("person_name") current=editor.picture.clone()/>
        }
    });
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            <PostForm form=form.clone() action=action fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="org" value=editor.org.0.clone()/>
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <TextField form=form.clone() name="person_name" label=t("content-field-person-name") required=true default=stored("person_name")/>
                <TextField form=form.clone() name="role" label=t("content-field-role") required=true default=stored("role")/>
                <TextField form=form.clone() name="title" label=t("content-field-title") required=true default=stored("title")/>
                <TextArea form=form.clone() name="quote" label=t("content-field-quote") hint=t("partner-interview-quote-hint") required=true default=stored("quote") rows=3/>
                <MarkdownField form=form.clone() name="body_md" label=t("content-field-body-md") required=true default=stored("body_md") rows=16/>
                <SelectField form=form.clone() name="country" label=t("content-field-country") options=countries default=stored("country")/>
                <SelectField form=form.clone() name="job_profile" label=t("content-field-job-profile") options=jobs default=stored("job_profile")/>
                {if new {
                    view! {
                        <SelectField form=form.clone() name="original_lang" label=t("partner-offer-lang") hint=t("partner-offer-lang-hint") options=langs default=stored("original_lang")/>
                    }
                        .into_any()
                } else {
                    view! { <input type="hidden" name="original_lang" value=stored("original_lang")/> }.into_any()
                }}
                <ItemActions editor=editor.clone()/>
            </PostForm>
            {portrait}
        </ItemFrame>
    }
}
