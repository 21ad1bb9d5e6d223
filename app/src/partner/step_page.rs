//! `/{lang}/partner/pathways/{id}/steps/{n}`: one step of a pathway, in the pathway's original
//! language — its kind, title, length, whether it is required, its address (a video, a course
//! elsewhere), its texts by kind, and a quiz's questions with their choices and right answer.
//! "Add a question" gives the form back with one more question, every value kept.

use super::api::step_form;
use super::pathway_model::{choice_slots, StepFormData};
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang};
use crate::pathways::codes::StepKind;
use crate::ui::form::{
    field_id, message_text, FormState, MarkdownField, PostForm, RadioGroup, SelectField, TextArea, TextField,
};
use crate::ui::form_page::FormPage;
use crate::ui::load::load_page;
use crate::ui::status_tag::StatusTag;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const FIELDS: [&str; 12] = [
    "kind",
    "title",
    "minutes",
    "required",
    "url",
    "content_md",
    "transcript_md",
    "checklist",
    "bring_back_md",
    "pass_mark",
    "questions",
    "version",
];

#[component]
pub fn StepEditPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id")).unwrap_or_default();
    let n = params.with_untracked(|p| p.get("n")).unwrap_or_default();
    load_page(
        move || step_form(id.clone(), n.clone()),
        |data| view! { <StepEditor data/> },
    )
}

/// The names of a question's fields the error summary lists.
fn question_fields(j: usize, slots: usize) -> Vec<String> {
    let q = format!("question.{j:02}");
    let mut names = vec![format!("{q}.prompt")];
    for k in 1..=slots {
        names.push(format!("{q}.choice.{k:02}.label"));
        names.push(format!("{q}.choice.{k:02}.feedback"));
    }
    names.push(format!("{q}.correct"));
    names.push(format!("{q}.explanation"));
    names
}

#[component]
fn StepEditor(data: StepFormData) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let StepFormData {
        editor,
        pathway_title,
        n,
        total,
        values,
        choices,
        webinars: data_webinars,
    } = data;
    let id = editor.id.unwrap_or_default();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let step_title = stored("title");
    let title = t_args(
        "partner-step-edit",
        &[
            ("n", i64::from(n).into()),
            ("total", i64::from(total).into()),
            ("title", step_title.clone().into()),
        ],
    );
    let back = format!("{}#steps", Route::PartnerItem(ContentKind::Pathway, id).at(lang));
    let status = editor
        .status
        .map(|s| view! { <p>{t("partner-col-status")} ": " <StatusTag status=s/></p> });
    if !editor.editable {
        return view! {
            <FormPage title=title>
                <p><a href=back>{t_args("partner-step-back", &[("title", pathway_title.into())])}</a></p>
                {status}
                <p>{t("partner-locked")}</p>
            </FormPage>
        }
        .into_any();
    }
    let kind = StepKind::parse(&form.value("kind", &stored("kind"))).unwrap_or(StepKind::Read);
    let questions: usize = form
        .value("questions", &choices.len().to_string())
        .parse()
        .unwrap_or(choices.len());
    let slots_of = |j: usize| -> usize {
        let q = format!("question.{j:02}");
        form.value(&format!("{q}.choices"), "")
            .parse()
            .unwrap_or_else(|_| choice_slots(choices.get(j - 1).copied().unwrap_or(0) as usize))
    };
    let more: Vec<String> = (1..=questions)
        .flat_map(|j| question_fields(j, slots_of(j)))
        .collect();
    let kinds: Vec<(String, String)> = StepKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), t(&k.label_key())))
        .collect();
    let required = vec![
        ("yes".to_string(), t("partner-step-required")),
        ("no".to_string(), t("partner-step-optional")),
    ];
    let content_label = if kind == StepKind::Read {
        t("content-field-content-md")
    } else {
        t("partner-step-introduction")
    };
    let by_kind = match kind {
        StepKind::Watch => Some(view! { <MarkdownField form=form.clone() name="transcript_md" label=t("content-field-transcript-md") required=true default=stored("transcript_md") rows=12/> }.into_any()),
        StepKind::Practise => Some(view! { <TextArea form=form.clone() name="checklist" label=t("content-field-checklist") hint=t("partner-step-checklist-hint") required=true default=stored("checklist") rows=6/> }.into_any()),
        StepKind::External => Some(view! { <MarkdownField form=form.clone() name="bring_back_md" label=t("content-field-bring-back-md") required=true default=stored("bring_back_md") rows=5/> }.into_any()),
        StepKind::Read | StepKind::Quiz => None,
    };
    let quiz = (kind == StepKind::Quiz).then(|| {
        let blocks = (1..=questions)
            .map(|j| {
                let q = format!("question.{j:02}");
                let slots = slots_of(j);
                let choice_fields = (1..=slots)
                    .map(|k| {
                        let name = format!("{q}.choice.{k:02}.label");
                        let feedback = format!("{q}.choice.{k:02}.feedback");
                        let n = (k as i64).into();
                        view! {
                            <div class="choice-fields">
                                <TextField form=form.clone() name=name.clone() label=t_args("content-field-choice-n", &[("n", n)]) default=stored(&name)/>
                                <TextField form=form.clone() name=feedback.clone() label=t_args("content-field-choice-feedback-n", &[("n", (k as i64).into())]) hint=t("partner-step-feedback-hint") default=stored(&feedback)/>
                            </div>
                        }
                    })
                    .collect_view();
                let rights: Vec<(String, String)> = (1..=slots)
                    .map(|k| (format!("{k:02}"), t_args("content-field-choice-n", &[("n", (k as i64).into())])))
                    .collect();
                let remove = format!("{q}.remove");
                let remove_id = field_id(&remove);
                let removing = form.value(&remove, "") == "yes";
                view! {
                    <fieldset class="question">
                        <legend>{t_args("content-field-question-n", &[("n", (j as i64).into())])}</legend>
                        <input type="hidden" name=format!("{q}.choices") value=slots.to_string()/>
                        <TextArea form=form.clone() name=format!("{q}.prompt") label=t("content-field-prompt") required=true default=stored(&format!("{q}.prompt")) rows=2/>
                        {choice_fields}
                        <RadioGroup form=form.clone() name=format!("{q}.correct") legend=t("content-field-correct") options=rights default=stored(&format!("{q}.correct"))/>
                        <TextArea form=form.clone() name=format!("{q}.explanation") label=t("content-field-explanation") hint=t("partner-step-explanation-hint") default=stored(&format!("{q}.explanation")) rows=2/>
                        <p class="check-row">
                            <input type="checkbox" id=remove_id.clone() name=remove value="yes" checked=removing/>
                            " "
                            <label for=remove_id>{t("partner-question-remove")}</label>
                        </p>
                    </fieldset>
                }
            })
            .collect_view();
        let error = form.error("questions");
        let invalid = error.is_some();
        view! {
            <TextField form=form.clone() name="pass_mark" kind="number" label=t("content-field-pass-mark") hint=t("partner-step-pass-mark-hint") required=true default=Some(stored("pass_mark")).filter(|p| !p.is_empty()).unwrap_or_else(|| crate::pathways::codes::DEFAULT_PASS_MARK.to_string())/>
            <h2>{t("partner-step-questions")}</h2>
            <p class="hint">{t("partner-step-questions-hint")}</p>
            {blocks}
            <div id=field_id("questions") class="field" class:field-invalid=invalid>
                {error.map(|e| view! { <p class="field-error">{message_text(&e)}</p> })}
                <button type="submit" name="action" value="add-question" class="button button-secondary">{t("partner-question-add")}</button>
            </div>
        }
    });
    view! {
        <FormPage title=title>
            <p><a href=back>{t_args("partner-step-back", &[("title", pathway_title.into())])}</a></p>
            {status}
            {(editor.status == Some(crate::content::ContentStatus::Published)).then(|| view! { <p class="notice" role="note">{t("partner-published-note")}</p> })}
            <PostForm form=form.clone() action=Route::PartnerPathwayStep(id, n).at(lang) fields=&FIELDS more_fields=more form_errors=true class="stack-form">
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <input type="hidden" name="questions" value=questions.to_string()/>
                <SelectField form=form.clone() name="kind" label=t("content-field-kind") hint=t("partner-step-kind-hint") options=kinds default=stored("kind")/>
                <TextField form=form.clone() name="title" label=t("content-field-title") required=true default=step_title/>
                <TextField form=form.clone() name="minutes" kind="number" label=t("content-field-minutes") required=true default=stored("minutes")/>
                <SelectField form=form.clone() name="required" label=t("content-field-required") options=required default=stored("required")/>
                {(kind == StepKind::Watch).then(|| {
                    let mut webinars = vec![(String::new(), t("partner-step-webinar-none"))];
                    webinars.extend(data_webinars.clone());
                    view! {
                        <SelectField form=form.clone() name="webinar" label=t("content-field-webinar") hint=t("partner-step-webinar-hint") options=webinars default=stored("webinar")/>
                    }
                })}
                <TextField form=form.clone() name="url" kind="url" label=t("content-field-url") hint=t("partner-step-url-hint") required={kind == StepKind::External} default=stored("url")/>
                <MarkdownField form=form.clone() name="content_md" label=content_label required={kind == StepKind::Read} default=stored("content_md") rows=10/>
                {by_kind}
                {quiz}
                <div class="actions">
                    <button type="submit" name="action" value="save" class="button">{t("partner-step-save")}</button>
                    <button type="submit" name="action" value="preview" class="button button-secondary">{t("form-preview")}</button>
                </div>
            </PostForm>
        </FormPage>
    }
    .into_any()
}
