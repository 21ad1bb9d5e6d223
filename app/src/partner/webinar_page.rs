//! `/{lang}/partner/webinars/new?org=…` and `/{lang}/partner/webinars/{id}`: the webinar form of
//! the partner space, in the webinar's original language — when (day, time, zone), how long,
//! seats, language spoken, links, accessibility, competences, job profiles, speakers, and the
//! transcript once it took place — with a link to its registrations.

use super::api::webinar_form;
use super::item_frame::{page_item, ItemActions, ItemFrame};
use super::model::WebinarFormData;
use crate::content::ContentKind;
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::ui::form::{CheckboxGroup, FormState, MarkdownField, PostForm, SelectField, TextField};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

/// The form's fields with a place in its error summary (speakers' fields are added by name).
const FIELDS: [&str; 16] = [
    "title",
    "description_md",
    "starts_on",
    "starts_time",
    "time_zone",
    "duration_minutes",
    "capacity",
    "spoken_lang",
    "join_url",
    "replay_url",
    "competences",
    "speaker.1.name",
    "speaker.2.name",
    "speaker.3.name",
    "speaker.4.name",
    "transcript_md",
];

#[component]
pub fn WebinarEditPage() -> impl IntoView {
    let lang = use_lang();
    let (id, org) = page_item();
    load_page(
        move || webinar_form(lang, id, org),
        |data| view! { <WebinarEditor data/> },
    )
}

#[component]
fn WebinarEditor(data: WebinarFormData) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let editor = data.editor;
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let title = match editor.id {
        None => t("partner-webinar-new"),
        Some(_) => t_args("partner-webinar-edit", &[("title", stored("title").into())]),
    };
    let action = match editor.id {
        None => Route::PartnerNewWebinar(&editor.org.0).at(lang),
        Some(id) => Route::PartnerItem(ContentKind::Webinar, id).at(lang),
    };
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let ticked: Vec<String> = editor
        .values
        .iter()
        .filter(|(k, v)| {
            !v.is_empty() && (v.as_str() == "on" || matches!(k.as_str(), "captions" | "sign_language"))
        })
        .map(|(k, _)| k.clone())
        .collect();
    let boxes = |prefix: &str, pairs: Vec<(String, String)>| -> Vec<(String, String)> {
        pairs
            .into_iter()
            .map(|(code, label)| (format!("{prefix}_{code}"), label))
            .collect()
    };
    let access = vec![
        ("captions".to_string(), t("webinars-access-captions")),
        ("sign_language".to_string(), t("webinars-access-sign-language")),
    ];
    let new = editor.id.is_none();
    let public = editor.slug.as_deref().map(|slug| Route::Webinar(slug).at(lang));
    let registrations = editor.id.map(|id| {
        view! { <p><a href=Route::PartnerWebinarRegistrations(id).at(lang)>{t("partner-registrations-link")}</a></p> }
    });
    let speakers = (1..=crate::webinars::codes::SPEAKERS)
        .map(|n| {
            let field = |name: &str| format!("speaker.{n}.{name}");
            let mut interviews = vec![(String::new(), t("partner-speaker-no-link"))];
            interviews.extend(data.interviews.clone());
            let mut organisations = vec![(String::new(), t("partner-speaker-no-link"))];
            organisations.extend(data.organisations.clone());
            view! {
                <fieldset class="field speaker">
                    <legend>{t_args("partner-speaker", &[("n", (n as i64).into())])}</legend>
                    <TextField form=form.clone() name=field("name") label=t("partner-speaker-name") default=stored(&field("name"))/>
                    <TextField form=form.clone() name=field("role") label=t("partner-speaker-role") hint=t("partner-speaker-role-hint") default=stored(&field("role"))/>
                    <SelectField form=form.clone() name=field("interview") label=t("partner-speaker-interview") options=interviews default=stored(&field("interview"))/>
                    <SelectField form=form.clone() name=field("organisation") label=t("partner-speaker-organisation") options=organisations default=stored(&field("organisation"))/>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            {registrations}
            <PostForm form=form.clone() action=action fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="org" value=editor.org.0.clone()/>
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <input type="hidden" name="was_start" value=stored("was_start")/>
                <TextField form=form.clone() name="title" label=t("content-field-title") required=true default=stored("title")/>
                <MarkdownField form=form.clone() name="description_md" label=t("partner-webinar-description") required=true default=stored("description_md") rows=12/>
                <TextField form=form.clone() name="starts_on" kind="date" label=t("partner-webinar-day") required=true default=stored("starts_on")/>
                <TextField form=form.clone() name="starts_time" kind="time" label=t("partner-webinar-time") hint=t("partner-webinar-time-hint") required=true default=stored("starts_time")/>
                <SelectField form=form.clone() name="time_zone" label=t("partner-webinar-zone") options=data.zones.clone() default=stored("time_zone")/>
                <TextField form=form.clone() name="duration_minutes" kind="number" label=t("partner-webinar-duration") required=true default=stored("duration_minutes")/>
                <TextField form=form.clone() name="capacity" kind="number" label=t("partner-webinar-capacity") hint=t("partner-webinar-capacity-hint") default=stored("capacity")/>
                <SelectField form=form.clone() name="spoken_lang" label=t("partner-webinar-spoken") options=langs.clone() default=stored("spoken_lang")/>
                <TextField form=form.clone() name="join_url" kind="url" label=t("partner-webinar-join") hint=t("partner-webinar-join-hint") default=stored("join_url")/>
                <TextField form=form.clone() name="replay_url" kind="url" label=t("partner-webinar-replay") hint=t("partner-webinar-replay-hint") default=stored("replay_url")/>
                <CheckboxGroup form=form.clone() name="access" legend=t("webinars-access") options=access ticked=ticked.clone()/>
                <CheckboxGroup form=form.clone() name="competences" legend=t("content-field-competences") hint=t("partner-resource-competences-hint") options=boxes("competence", data.competences.clone()) ticked=ticked.clone()/>
                <CheckboxGroup form=form.clone() name="job_profiles" legend=t("partner-webinar-jobs") options=boxes("job", data.jobs.clone()) ticked=ticked.clone()/>
                {speakers}
                <MarkdownField form=form.clone() name="transcript_md" label=t("partner-webinar-transcript") hint=t("partner-webinar-transcript-hint") default=stored("transcript_md") rows=12/>
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
        </ItemFrame>
    }
}
