//! `/{lang}/partner/job-profiles`: the published job profiles, each with a link to propose a
//! change, and a link to propose a new one; `/{lang}/partner/job-profiles/new` and
//! `/{lang}/partner/job-profiles/{id}`: the proposal form. Job profiles belong to the platform:
//! what an editor sends waits for the moderators, and the history credits them.

use super::api::{job_form, job_profiles_to_propose};
use super::competence_rows::CompetenceRows;
use super::item_frame::{page_item, ItemActions, ItemFrame};
use super::job_model::JobFormData;
use crate::catalogue::codes::competence_pairs;
use crate::catalogue::codes::{org_kind_key, ORG_KINDS};
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::ui::form::{CheckboxGroup, FormState, PostForm, SelectField, TextArea, TextField};
use crate::ui::form_page::FormPage;
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

const FIELDS: [&str; 8] = [
    "title",
    "summary",
    "missions",
    "employers",
    "routes",
    "employer_kinds",
    "original_lang",
    "version",
];

#[component]
pub fn JobProfilesPage() -> impl IntoView {
    let lang = use_lang();
    load_page(
        move || job_profiles_to_propose(lang),
        move |jobs| {
            let rows = jobs
                .into_iter()
                .map(|(id, title, title_lang)| {
                    view! {
                        <li>
                            <a href=Route::PartnerItem(ContentKind::JobProfile, id).at(lang) lang=title_lang.code()>{title}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <FormPage title=t("partner-jobs-title")>
                    <p><a href=Route::Partner.at(lang)>{t("partner-jobs-back")}</a></p>
                    <p>{t("partner-jobs-intro")}</p>
                    <p><a class="button" href=Route::PartnerNewJobProfile.at(lang)>{t("partner-jobs-new")}</a></p>
                    <h2>{t("partner-jobs-change")}</h2>
                    <ul class="plain-list">{rows}</ul>
                </FormPage>
            }
        },
    )
}

#[component]
pub fn JobProfileEditPage() -> impl IntoView {
    let lang = use_lang();
    let (id, _) = page_item();
    load_page(
        move || job_form(lang, id),
        |data| view! { <JobProfileEditor data/> },
    )
}

#[component]
fn JobProfileEditor(data: JobFormData) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let editor = data.editor;
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let new = editor.id.is_none();
    let title = if new {
        t("partner-job-new")
    } else {
        t_args("partner-job-edit", &[("title", stored("title").into())])
    };
    let action = match editor.id {
        None => Route::PartnerNewJobProfile.at(lang),
        Some(id) => Route::PartnerItem(ContentKind::JobProfile, id).at(lang),
    };
    let kinds: Vec<(String, String)> = ORG_KINDS
        .iter()
        .map(|k| (format!("kind_{k}"), t(&org_kind_key(k))))
        .collect();
    let ticked: Vec<String> = stored("employer_kinds")
        .split(',')
        .filter(|k| !k.is_empty())
        .map(|k| format!("kind_{k}"))
        .collect();
    let mut competence_options = vec![(String::new(), t("partner-pathway-competence-none"))];
    competence_options.extend(data.competences);
    let pairs = competence_pairs(&stored("competences"));
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let public = editor
        .slug
        .as_deref()
        .map(|slug| Route::Item(ContentKind::JobProfile, slug).at(lang));
    let actions = if new {
        view! {
            <div class="actions">
                <button type="submit" name="action" value="save" class="button">{t("partner-job-send")}</button>
            </div>
        }
        .into_any()
    } else {
        view! { <ItemActions editor=editor.clone()/> }.into_any()
    };
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            <p class="notice" role="note">{t("partner-job-review-note")}</p>
            <PostForm form=form.clone() action=action fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <TextField form=form.clone() name="title" label=t("content-field-title") required=true default=stored("title")/>
                <TextArea form=form.clone() name="summary" label=t("content-field-summary") hint=t("partner-job-summary-hint") required=true default=stored("summary") rows=3/>
                <TextArea form=form.clone() name="missions" label=t("content-field-missions") hint=t("partner-job-lines-hint") required=true default=stored("missions") rows=6/>
                <TextArea form=form.clone() name="employers" label=t("content-field-employers") required=true default=stored("employers") rows=3/>
                <TextArea form=form.clone() name="routes" label=t("content-field-routes") hint=t("partner-job-lines-hint") required=true default=stored("routes") rows=5/>
                <CheckboxGroup form=form.clone() name="employer_kinds" legend=t("content-field-employer-kinds") options=kinds ticked=ticked/>
                <fieldset class="field">
                    <legend>{t("content-field-competences")}</legend>
                    <p class="hint">{t("partner-job-competences-hint")}</p>
                    <CompetenceRows form=form.clone() rows=super::job_model::JOB_COMPETENCE_ROWS options=competence_options pairs=pairs level_key="partner-job-level-n"/>
                </fieldset>
                {if new {
                    view! {
                        <SelectField form=form.clone() name="original_lang" label=t("partner-offer-lang") hint=t("partner-offer-lang-hint") options=langs default=lang.code()/>
                    }
                        .into_any()
                } else {
                    view! { <input type="hidden" name="original_lang" value=stored("original_lang")/> }.into_any()
                }}
                {actions}
            </PostForm>
        </ItemFrame>
    }
}
