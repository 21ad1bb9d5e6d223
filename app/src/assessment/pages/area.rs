//! `/{lang}/assessment?area=n`: one DigComp area per page — for each competence what a person
//! can do at each band, a level to choose or "I don't know" — with the progress, back and
//! forward (both keep the answers), and the resume code for people without an account.

use crate::assessment::api::get_area;
use crate::assessment::model::{AreaPage, Question};
use crate::i18n::{t, t_args, use_lang};
use crate::pathways::pages::resume::ResumeCodeNote;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::form::{field_id, message_text, FormState, PostForm};
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let (_, query) = request_path_and_query();
    let lang = use_lang();
    view! {
        <h1>{t("assessment-title")}</h1>
        {load_page(move || get_area(lang, query), move |page| view! { <Area page/> })}
    }
}

/// The progress through the areas: "area 2 of 5", and each area as a link.
#[component]
fn Progress(page: AreaPage) -> impl IntoView {
    let lang = use_lang();
    let steps = (1..=page.areas)
        .map(|n| {
            let current = n == page.number;
            let label = t_args("assessment-area-n", &[("n", (n as i64).into())]);
            view! {
                <li>
                    {if current {
                        view! { <span aria-current="step">{label}</span> }.into_any()
                    } else {
                        view! { <a href=Route::AssessmentArea(n).at(lang)>{label}</a> }.into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="assessment-progress" aria-label=t("assessment-progress-label")>
            <p>
                <strong>{t_args(
                    "assessment-progress",
                    &[("n", (page.number as i64).into()), ("total", (page.areas as i64).into())],
                )}</strong>
                " · "
                {t_args(
                    "assessment-answered",
                    &[("answered", (page.answered as i64).into()), ("total", (page.competences as i64).into())],
                )}
            </p>
            <ol class="steps-inline">{steps}</ol>
        </nav>
    }
}

/// One competence: its bands with their statements and levels, and "I don't know".
fn question(form: &FormState, q: Question) -> impl IntoView {
    let name = crate::assessment::model::answer_field(&q.code);
    let id = field_id(&name);
    let chosen = form.value(&name, &q.answer);
    let error = form.error(&name);
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let radio = {
        let name = name.clone();
        let id = id.clone();
        let chosen = chosen.clone();
        let error_id = error_id.clone();
        move |value: String, label: String| {
            let button = format!("{id}-{value}");
            let checked = value == chosen;
            view! {
                <li>
                    <input type="radio" id=button.clone() name=name.clone() value=value checked=checked
                        aria-describedby=error_id.clone()/>
                    <label for=button>{label}</label>
                </li>
            }
        }
    };
    let bands = q
        .bands
        .into_iter()
        .map(|band| {
            let levels = band
                .levels
                .iter()
                .map(|l| {
                    radio(
                        l.to_string(),
                        t_args("assessment-level", &[("n", i64::from(*l).into())]),
                    )
                })
                .collect_view();
            view! {
                <div class="band">
                    <p class="band-name"><strong>{band.band.clone()}</strong></p>
                    {band.statement.map(|(text, shown)| view! { <p lang=lang_attr(shown)>{text}</p> })}
                    <ul class="plain-list level-choices">{levels}</ul>
                </div>
            }
        })
        .collect_view();
    let invalid = error.is_some();
    view! {
        <fieldset id=id class="field question" class:field-invalid=invalid>
            <legend>
                <span class="code">{q.code.clone()}</span> " "
                <span lang=lang_attr(q.title_lang)>{q.title.clone()}</span>
            </legend>
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{message_text(&e)}</p> })}
            <div class="bands">{bands}</div>
            <ul class="plain-list level-choices level-unknown">{radio("unknown".into(), t("assessment-unknown"))}</ul>
        </fieldset>
    }
}

#[component]
fn Area(page: AreaPage) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let title = format!("{} — {}", page.area_title, t("assessment-title"));
    let fields: Vec<String> = page
        .questions
        .iter()
        .map(|q| crate::assessment::model::answer_field(&q.code))
        .collect();
    let last = page.number == page.areas;
    let here = Route::AssessmentArea(page.number).at(lang);
    let questions = page
        .questions
        .clone()
        .into_iter()
        .map(|q| question(&form, q))
        .collect_view();
    view! {
        <PageTitle title/>
        <p class="lead">{t("assessment-intro")}</p>
        <p class="small">{t_args("assessment-framework", &[("framework", page.framework.name.clone().into())])}</p>
        {page.replaced.then(|| view! { <p class="notice" role="note">{t("assessment-replaced-notice")}</p> })}
        <Progress page=page.clone()/>
        <PostForm form=form.clone() action=Route::Assessment.at(lang) fields=&[] more_fields=fields form_errors=true class="stack-form assessment-form">
            <input type="hidden" name="framework" value=page.framework.version_key.clone()/>
            <input type="hidden" name="area" value=page.number.to_string()/>
            <h2>{page.area_code.clone()} " " {page.area_title.clone()}</h2>
            <p class="hint">{t("assessment-how")}</p>
            {questions}
            <div class="actions">
                <button type="submit" name="action" value=if last { "finish" } else { "next" }>
                    {if last { t("assessment-finish") } else { t("assessment-next") }}
                </button>
                {(page.number > 1).then(|| view! {
                    <button type="submit" name="action" value="back" class="button-secondary">{t("assessment-back")}</button>
                })}
            </div>
        </PostForm>
        <p><a href=Route::AssessmentProfile.at(lang)>{t("assessment-see-profile")}</a></p>
        <ResumeCodeNote code=page.resume_code.clone() back=here/>
    }
}
