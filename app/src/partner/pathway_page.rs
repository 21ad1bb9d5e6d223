//! `/{lang}/partner/pathways/new?org=…` and `/{lang}/partner/pathways/{id}`: the pathway form
//! (title, goal, description, job profile, competences with their levels) and, once it exists,
//! the outline of its steps — each step's form linked, moved up or down with a button, put in
//! order by the positions typed, removed, and a new step added: all without JavaScript.

use super::api::pathway_form;
use super::competence_rows::CompetenceRows;
use super::item_frame::{page_item, ItemActions, ItemFrame};
use super::pathway_model::{PathwayFormData, StepRow, COMPETENCE_ROWS};
use crate::catalogue::codes::competence_pairs;
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::pathways::codes::StepKind;
use crate::ui::form::{
    field_id, message_text, FormState, MarkdownField, PostForm, SelectField, TextArea, TextField,
};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

const FIELDS: [&str; 15] = [
    "title",
    "goal",
    "description_md",
    "job_profile",
    "competence_1",
    "level_1",
    "competence_2",
    "level_2",
    "competence_3",
    "level_3",
    "competence_4",
    "level_4",
    "original_lang",
    "org",
    "version",
];

#[component]
pub fn PathwayEditPage() -> impl IntoView {
    let lang = use_lang();
    let (id, org) = page_item();
    load_page(
        move || pathway_form(lang, id, org),
        |data| view! { <PathwayEditor data/> },
    )
}

#[component]
fn PathwayEditor(data: PathwayFormData) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let editor = data.editor;
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let title = match editor.id {
        None => t("partner-pathway-new"),
        Some(_) => t_args("partner-pathway-edit", &[("title", stored("title").into())]),
    };
    let action = match editor.id {
        None => Route::PartnerNewPathway(&editor.org.0).at(lang),
        Some(id) => Route::PartnerItem(ContentKind::Pathway, id).at(lang),
    };
    let mut jobs = vec![(String::new(), t("partner-interview-job-none"))];
    jobs.extend(data.jobs);
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let new = editor.id.is_none();
    let public = editor
        .slug
        .as_deref()
        .map(|slug| Route::Item(ContentKind::Pathway, slug).at(lang));
    let pairs = competence_pairs(&stored("competences"));
    let mut competence_options = vec![(String::new(), t("partner-pathway-competence-none"))];
    competence_options.extend(data.competences);
    let outline = editor
        .id
        .map(|id| view! { <Outline id=id version=editor.version steps=data.steps.clone()/> });
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            <PostForm form=form.clone() action=action fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="org" value=editor.org.0.clone()/>
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <TextField form=form.clone() name="title" label=t("content-field-title") required=true default=stored("title")/>
                <TextArea form=form.clone() name="goal" label=t("content-field-goal") hint=t("partner-pathway-goal-hint") required=true default=stored("goal") rows=2/>
                <MarkdownField form=form.clone() name="description_md" label=t("content-field-description-md") required=true default=stored("description_md") rows=10/>
                <SelectField form=form.clone() name="job_profile" label=t("content-field-job-profile") options=jobs default=stored("job_profile")/>
                <fieldset class="field">
                    <legend>{t("content-field-competences")}</legend>
                    <p class="hint">{t("partner-pathway-competences-hint")}</p>
                    <CompetenceRows form=form.clone() rows=COMPETENCE_ROWS options=competence_options pairs=pairs level_key="partner-pathway-target-level-n"/>
                </fieldset>
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
            {outline}
        </ItemFrame>
    }
}

/// The steps of pathway `id`, in order, with the forms that change them.
#[component]
fn Outline(id: i32, version: i32, steps: Vec<StepRow>) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::PartnerPathwaySteps(id).at(lang);
    let count = steps.len();
    let positions: Vec<String> = (1..=count).map(super::pathway_model::position_field).collect();
    let rows = steps
        .into_iter()
        .map(|step| {
            let n = step.n as usize;
            let field = super::pathway_model::position_field(n);
            let input_id = field_id(&field);
            let error = form.error(&field);
            let error_id = error.as_ref().map(|_| format!("{input_id}-error"));
            let value = form.value(&field, &n.to_string());
            let title = if step.title.trim().is_empty() {
                t("partner-step-untitled")
            } else {
                step.title.clone()
            };
            let arg = || vec![("n", (n as i64).into())];
            let up = (n > 1).then(|| {
                view! { <button type="submit" name="action" value=format!("up.{n}") class="button button-secondary" aria-label=t_args("partner-step-up-label", &arg())>{t("partner-step-up")}</button> }
            });
            let down = (n < count).then(|| {
                view! { <button type="submit" name="action" value=format!("down.{n}") class="button button-secondary" aria-label=t_args("partner-step-down-label", &arg())>{t("partner-step-down")}</button> }
            });
            view! {
                <tr>
                    <td>
                        <label for=input_id.clone() class="sr-only">{t_args("partner-step-position-label", &arg())}</label>
                        <input type="number" inputmode="numeric" min="1" max=count.to_string() id=input_id name=field value=value class="position-input" aria-invalid=error.as_ref().map(|_| "true") aria-describedby=error_id.clone()/>
                        {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{message_text(&e)}</p> })}
                    </td>
                    <th scope="row">
                        <a href=Route::PartnerPathwayStep(id, step.n).at(lang)>{title}</a>
                        {(!step.required).then(|| view! { " " <span class="tag">{t("partner-step-optional")}</span> })}
                    </th>
                    <td>{t(&step.kind.label_key())}</td>
                    <td>{t_args("partner-step-minutes", &[("minutes", i64::from(step.minutes).into())])}</td>
                    <td>
                        {if step.ready {
                            view! { <span class="tag tag-ok">{t("partner-step-ready")}</span> }.into_any()
                        } else {
                            view! { <span class="tag tag-warning">{t("partner-step-unfinished")}</span> }.into_any()
                        }}
                    </td>
                    <td class="step-actions">
                        {up}
                        {down}
                        <button type="submit" name="action" value=format!("remove.{n}") class="button button-secondary" aria-label=t_args("partner-step-remove-label", &arg())>{t("partner-step-remove")}</button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let table = (count > 0).then(|| {
        view! {
            <PostForm form=form.clone() action=action.clone() fields=&[] more_fields=positions class="outline-form">
                <input type="hidden" name="version" value=version.to_string()/>
                <table class="stack-table outline">
                    <thead>
                        <tr>
                            <th scope="col">{t("partner-step-col-position")}</th>
                            <th scope="col">{t("partner-step-col-step")}</th>
                            <th scope="col">{t("content-field-kind")}</th>
                            <th scope="col">{t("content-field-minutes")}</th>
                            <th scope="col">{t("partner-col-status")}</th>
                            <th scope="col">{t("partner-step-col-actions")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="actions">
                    <button type="submit" name="action" value="reorder" class="button">{t("partner-step-reorder")}</button>
                </p>
            </PostForm>
        }
    });
    let kinds: Vec<(String, String)> = StepKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), t(&k.label_key())))
        .collect();
    view! {
        <section id="steps" aria-labelledby="steps-title" class="outline-section">
            <h2 id="steps-title">{t("partner-pathway-steps")}</h2>
            <p>{t("partner-pathway-steps-hint")}</p>
            {(count == 0).then(|| view! { <p>{t("partner-pathway-no-steps-yet")}</p> })}
            {table}
            <h3>{t("partner-step-add-title")}</h3>
            <PostForm form=form.clone() action=action fields=&["step_kind", "step_title"] class="stack-form">
                <input type="hidden" name="version" value=version.to_string()/>
                <SelectField form=form.clone() name="step_kind" label=t("content-field-kind") options=kinds/>
                <TextField form=form.clone() name="step_title" label=t("content-field-title") required=true/>
                <p class="actions">
                    <button type="submit" name="action" value="add" class="button">{t("partner-step-add")}</button>
                </p>
            </PostForm>
        </section>
    }
}
